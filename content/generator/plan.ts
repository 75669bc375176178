// The SEND improvement plan: the plan itself and its nine areas (five priority actions, four recommendations).
import { docId, slug } from './ids.ts';
import { portableText } from './portable-text.ts';

export const COUNCIL = 'Westmoor City Council';
export const ICB = 'NHS Westmoor Integrated Care Board';
export const SCHOOL_LEADERS = 'School and college leaders';

export const PLAN_ID = docId('plan', 'send-improvement-plan');

export function planDocument() {
  return {
    _id: PLAN_ID,
    _type: 'plan' as const,
    title: 'Westmoor SEND Improvement Plan',
    slug: slug('send-improvement-plan'),
    summary:
      'How Westmoor City Council, NHS Westmoor Integrated Care Board, schools and colleges are working with families to put right the weaknesses found by the June 2023 local area SEND inspection.',
    inspectionDate: '2023-06-30',
    reportPublished: '2023-08-22',
    approvedDate: '2023-10-16',
    background: portableText([
      { h2: 'Why we have this plan' },
      'Ofsted and the Care Quality Commission (CQC) inspected the local area partnership’s arrangements for children and young people with special educational needs and disabilities (SEND) in June 2023. The report, published on 22 August 2023, found widespread and systemic failings and set out five areas for priority action and four recommendations.',
      'The inspection also found things that work well: leaders share a commitment to improve how they work together, support for young children with language and communication difficulties has been strengthened, and fewer young people with SEND are not in education, employment or training.',
      { h2: 'How the plan was made' },
      'Parents, carers and young people helped decide the outcomes we need to see. Over 120 people from schools, the council, health services and families came to a stakeholder event in September 2023. The Department for Education (DfE) and Ofsted confirmed in October 2023 that the plan was fit for purpose.',
      { h2: 'Who checks our progress' },
      'The DfE issued an Improvement Notice on 8 November 2023. An independent SEND Improvement Board, with members from the Westmoor Parent Carer Forum and the Westmoor Voices youth forum, meets every six weeks to check progress, measures and risks. Ofsted and CQC will return to monitor progress.',
      { bullets: [
        'Every action has an owner, a lead organisation and a due date.',
        'Action statuses are worked out from dates and milestones, so slippage is visible.',
        'Measures show where we started, where we are now and the target.',
        'Read what families told us and what we did about it on [You said, we did](/you-said-we-did/).',
      ] },
    ]),
  };
}

export interface AreaSpec {
  code: string;
  kind: 'priority-action' | 'recommendation';
  number: number;
  title: string;
  finding: string;
  outcome: string;
  responsibleBodies: string[];
}

export const AREAS: readonly AreaSpec[] = [
  {
    code: 'pa1', kind: 'priority-action', number: 1,
    title: 'Children and families at the centre of improvement plans',
    finding: 'Leaders, including Westmoor City Council, NHS Westmoor Integrated Care Board, and school and college leaders, must put children and young people with SEND at the centre of all improvement plans by ensuring that those plans contain clear oversight and tracking in order to measure the direct impact on children, young people and their families.',
    outcome: 'Families can see what is being done, by whom and by when, and whether it is making a difference. Children, young people and parents help decide what changes and tell us whether things are getting better.',
    responsibleBodies: [COUNCIL, ICB, SCHOOL_LEADERS],
  },
  {
    code: 'pa2', kind: 'priority-action', number: 2,
    title: 'Sharing information to identify needs earlier',
    finding: 'Leaders, including Westmoor City Council, NHS Westmoor Integrated Care Board, and school and college leaders, should work together and share information to enable the earlier identification of children and young people with SEND who are at risk of increased vulnerability and negative outcomes.',
    outcome: 'Children’s needs are noticed early, before things reach crisis point, and families do not have to tell their story again and again because services share what they know.',
    responsibleBodies: [COUNCIL, ICB, SCHOOL_LEADERS],
  },
  {
    code: 'pa3', kind: 'priority-action', number: 3,
    title: 'Reducing exclusions for pupils with an EHC plan',
    finding: 'Leaders, including Westmoor City Council and school and college leaders, should work together to reduce the likelihood of exclusion for pupils with an EHCP.',
    outcome: 'Pupils with an EHC plan stay in school and learn. When a placement is at risk, the right people meet quickly to change the support instead of excluding.',
    responsibleBodies: [COUNCIL, SCHOOL_LEADERS],
  },
  {
    code: 'pa4', kind: 'priority-action', number: 4,
    title: 'Risk-assessing children on health waiting lists',
    finding: 'NHS Westmoor Integrated Care Board should work with partners to risk assess children on waiting lists, ensuring that those with multiple needs get the earliest support possible.',
    outcome: 'No child waiting for a health service is forgotten. Families know how long they are likely to wait, get help while they wait, and children with the most complex needs are seen first.',
    responsibleBodies: [ICB],
  },
  {
    code: 'pa5', kind: 'priority-action', number: 5,
    title: 'Social care support for children with SEND',
    finding: 'Westmoor City Council leaders should ensure that children and young people with SEND who also have social care needs get the care and support they need, particularly: vulnerable children living in residential special schools and children’s homes at a distance; and children receiving short breaks without effective oversight and review, including reassessment when needs escalate.',
    outcome: 'Disabled children living away from home are visited and kept safe, and families who get short breaks have their needs reviewed regularly and reassessed quickly when things change.',
    responsibleBodies: [COUNCIL],
  },
  {
    code: 'r1', kind: 'recommendation', number: 1,
    title: 'Health checks and a consistent graduated response',
    finding: 'Leaders across health, social care and education should improve the consistency of the support offered to children and young people with SEND by ensuring: all children receive the mandated checks in line with the Healthy Child Programme; and all children and young people benefit from a consistently applied graduated response.',
    outcome: 'Every young child gets their health and development reviews on time, and every school and setting follows the same clear approach to SEN support, so help does not depend on where a child goes.',
    responsibleBodies: [COUNCIL, ICB, SCHOOL_LEADERS],
  },
  {
    code: 'r2', kind: 'recommendation', number: 2,
    title: 'Shorter waits for health services',
    finding: 'Leaders across the partnership should continue to address long waiting times for children and young people requesting support from health services.',
    outcome: 'Children and young people wait less for speech and language therapy, autism and ADHD assessments and mental health support.',
    responsibleBodies: [ICB, COUNCIL],
  },
  {
    code: 'r3', kind: 'recommendation', number: 3,
    title: 'Training for every practitioner',
    finding: 'Leaders must ensure that all social care, health and education practitioners have the training they need to provide consistent identification, care and support for children and young people with SEND.',
    outcome: 'Whoever a family meets, in a school, a clinic or a social care team, understands SEND and knows what to do.',
    responsibleBodies: [COUNCIL, ICB, SCHOOL_LEADERS],
  },
  {
    code: 'r4', kind: 'recommendation', number: 4,
    title: 'Planning ahead for future needs',
    finding: 'Leaders should use the information available to them to plan ahead, ensuring the right services and support are in place to meet the future needs of children and young people with SEND in Westmoor.',
    outcome: 'There are enough local school places, services and support for adult life, planned ahead with families, so children do not have to travel far or wait for provision.',
    responsibleBodies: [COUNCIL, ICB, SCHOOL_LEADERS],
  },
];

export const areaId = (code: string) => docId('priorityArea', code);

export function areaDocuments() {
  return AREAS.map((a) => ({
    _id: areaId(a.code),
    _type: 'priorityArea' as const,
    plan: { _type: 'reference' as const, _ref: PLAN_ID },
    kind: a.kind,
    number: a.number,
    title: a.title,
    slug: slug(a.kind === 'priority-action' ? `priority-action-${a.number}` : `recommendation-${a.number}`),
    finding: a.finding,
    outcome: a.outcome,
    responsibleBodies: a.responsibleBodies,
  }));
}
