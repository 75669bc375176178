// Services for schools and settings: their SEN information, with answers to the schedule 2 para 5 questions.
import type { Schedule2Key } from '../../src/model/service.ts';
import type { ProviderSpec, SettingType } from './providers.ts';
import type { ServiceTemplate } from './service-template.ts';
import { collegeDay, nurseryDay, schoolDay } from './opening-times.ts';

type Answers = Record<Schedule2Key, string>;

/** Answers by kind of setting; `{name}` becomes the setting's name. Written as a setting would, in plain English. */
const ANSWERS: Record<'early-years' | 'school' | 'specialist' | 'post-16', Answers> = {
  'early-years': {
    identifyAndAssess: 'Each child has a key person who watches how they play, talk and move, and shares this with you. We use the progress check at age 2 and the early years foundation stage to notice when a child may need extra help, and talk with you straight away.',
    adaptCurriculum: 'We plan activities around each child’s interests and stage of development. We use visual timetables, signing, quiet spaces and sensory resources, and change the room layout when a child needs it.',
    additionalSupport: 'Our SENCO writes an SEN support plan with you. Support can include small-group or one-to-one time, Portage or speech and language therapy programmes, and extra adult help paid for by early years inclusion funding.',
    reviewProgress: 'We review your child’s SEN support plan with you at least every term, and share their learning journal with you every month.',
    evaluateEffectiveness: 'The SENCO and manager look at how children with SEND are progressing each term and use this, and parents’ views, to improve what we do. The area SENCO visits to advise us.',
    accessibleFacilities: 'The building is on one level with step-free access and an accessible toilet and changing area. We will make reasonable adjustments for any child.',
    inclusionInActivities: 'All children join in every activity and outing. We plan trips with families so that every child can take part.',
    wellbeing: 'Your child’s key person helps them settle, feel safe and make friends. We use calm spaces, visual supports and emotion coaching.',
    staffExpertise: 'Our SENCO has the Level 3 early years SENCO award. All staff have training in communication, autism awareness and positive behaviour support, and we can ask the early years inclusion team for specialist advice.',
  },
  school: {
    identifyAndAssess: 'Teachers check every pupil’s progress each term. If a pupil is not making expected progress, the class teacher and SENCO talk with you and may carry out more assessment or ask specialists for advice, following the graduated response: assess, plan, do, review.',
    adaptCurriculum: 'Teachers adapt lessons using the Westmoor guide to ordinarily available inclusive provision: clear instructions, visual supports, pre-teaching key words, movement breaks, and alternative ways to record work.',
    additionalSupport: 'Pupils at SEN support may have small-group or one-to-one interventions for reading, maths, language or social skills, and advice from specialist services. Pupils with EHC plans get the provision set out in their plan.',
    reviewProgress: 'We meet parents and pupils at least three times a year to review SEN support plans. Pupils with EHC plans have an annual review too, and we ask for pupils’ views before every meeting.',
    evaluateEffectiveness: 'The SENCO tracks the progress of pupils with SEND each term and reports to governors. We ask parents and pupils what is working through a yearly survey and change what we do.',
    accessibleFacilities: '{name} has step-free access to the main building, an accessible toilet and a quiet room. Our accessibility plan is on our website, and we make reasonable adjustments for individual pupils.',
    inclusionInActivities: 'All pupils take part in clubs, trips and residential visits. We plan adjustments with families in advance, such as extra staff or a quiet space.',
    wellbeing: 'Every pupil has a trusted adult. We have a mental health lead, a nurture group, and access to the mental health support team. We take bullying seriously and teach about difference and disability.',
    staffExpertise: 'Our SENCO holds the national SENCO qualification. Staff have training on autism, speech and language, dyslexia and trauma-informed practice, and we work with the educational psychology, communication and autism and sensory support services.',
  },
  specialist: {
    identifyAndAssess: '{name} admits pupils with an EHC plan. We carry out a baseline assessment in the first half term with families and therapists, and set personal targets linked to the outcomes in the plan.',
    adaptCurriculum: 'Classes are small, with a high ratio of adults to pupils. We teach a personalised curriculum with sensory, life skills and accredited pathways, using signing, symbols and technology.',
    additionalSupport: 'Therapists work in school every week. Pupils can have speech and language therapy, occupational therapy, physiotherapy, music therapy and support from our family support worker, as their plan sets out.',
    reviewProgress: 'We review progress with families every term and hold annual reviews of every EHC plan, with health and social care invited. Pupils contribute in the way that suits them best.',
    evaluateEffectiveness: 'Leaders check progress against each pupil’s targets, and governors and the council’s SEND service review our outcomes every year. Families’ views shape our development plan.',
    accessibleFacilities: 'The school is fully accessible, with hoists, changing beds, a Changing Places toilet, a sensory room and a hydrotherapy pool or soft play room.',
    inclusionInActivities: 'Pupils go on trips, take part in sport and join link sessions with mainstream schools. We plan every activity so all pupils can take part.',
    wellbeing: 'We use positive behaviour support and individual support plans. A family support worker helps families, and we work with CAMHS and the keyworker service where needed.',
    staffExpertise: 'Teachers and assistants have specialist training, including in autism, profound and multiple learning disabilities, epilepsy, feeding and moving and handling. We share our expertise with mainstream schools through outreach.',
  },
  'post-16': {
    identifyAndAssess: 'We talk with every applicant who tells us about a learning difficulty or disability, read their EHC plan or school information, and assess their needs in the first weeks of the course.',
    adaptCurriculum: 'Tutors adapt teaching and resources, and exam access arrangements are agreed early. Courses run from entry level, with flexible timetables where needed.',
    additionalSupport: 'The learning support team provides in-class support, study skills sessions, assistive technology and a quiet base. Students with EHC plans get the support their plan sets out.',
    reviewProgress: 'Each student has a personal tutor and reviews progress every term. Annual reviews of EHC plans focus on preparing for adulthood: work, independent living, friends and health.',
    evaluateEffectiveness: 'We track the progress, achievement and destinations of students with SEND and ask them what works. The results feed into our yearly quality review.',
    accessibleFacilities: '{name} has lifts to all floors, accessible toilets, a Changing Places toilet on the main campus and quiet rooms.',
    inclusionInActivities: 'Students join enrichment activities, trips and the student union, with support if needed.',
    wellbeing: 'Wellbeing advisers, a counsellor and a chaplaincy team are available to all students. We have a buddy scheme for students who find social situations hard.',
    staffExpertise: 'Learning support staff have training in autism, mental health, dyslexia and sensory impairment. We work with the sensory support service, CAMHS and the Preparing for Adulthood team.',
  },
};

const ANSWER_GROUP: Record<SettingType, keyof typeof ANSWERS> = {
  'early-years': 'early-years',
  primary: 'school',
  secondary: 'school',
  special: 'specialist',
  alternative: 'specialist',
  'post-16': 'post-16',
};

export function schedule2For(provider: ProviderSpec): Answers {
  const answers = ANSWERS[ANSWER_GROUP[provider.setting!.type]];
  return Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v.replaceAll('{name}', provider.name)])) as Answers;
}

/** The SEN information service of one school or setting, as a template services.ts can build. */
export function settingTemplate(p: ProviderSpec): ServiceTemplate {
  const s = p.setting!;
  const common = {
    provider: p.slug,
    ages: s.ages,
    delivery: { at: [[p.name, s.locality]] as const },
    contactRole: s.type === 'post-16' ? 'Learning support team' : 'SENCO',
  };
  switch (s.type) {
    case 'early-years':
      return {
        ...common,
        slug: `sen-support-at-${p.slug}`,
        title: `Special educational needs support at ${p.name}`,
        categories: ['childcare-and-early-years', 'education-and-schools'],
        summary: `How ${p.name} supports babies and young children with SEND, including funded places and help to get ready for school.`,
        about: [`${p.name} offers childcare and funded early education. Our SENCO works with families and the early years inclusion team to support children with special educational needs and disabilities.`],
        eligibility: `Children aged ${s.ages[0]} to ${s.ages[1]}. Funded places for eligible 2 year olds and all 3 and 4 year olds.`,
        cost: { kind: 'free-and-paid', details: 'Funded hours are free; extra hours are charged at the setting’s hourly rate.' },
        routes: ['self-referral'],
        howToAccess: 'Phone or visit to look round and put your child’s name down. Tell us about your child’s needs so we can plan together.',
        times: nurseryDay(),
      };
    case 'primary':
    case 'secondary':
      return {
        ...common,
        slug: `sen-support-at-${p.slug}`,
        title: `Special educational needs support at ${p.name}`,
        categories: ['education-and-schools'],
        summary: `How ${p.name} identifies and supports pupils with SEND, at SEN support and with EHC plans.`,
        about: [
          `${p.name} is a mainstream ${s.type} school for pupils aged ${s.ages[0]} to ${s.ages[1]}. This is our SEN information report: how we support pupils with special educational needs and disabilities.`,
          'If you are worried about your child, talk to their class teacher or tutor first, then the SENCO.',
        ],
        eligibility: `Pupils aged ${s.ages[0]} to ${s.ages[1]} on roll at ${p.name}. Admissions follow the council’s admissions arrangements; pupils with an EHC plan naming the school are admitted.`,
        cost: { kind: 'free' },
        routes: ['self-referral', 'ehc-plan'],
        howToAccess: 'Apply for a place through the council’s school admissions service. To talk about SEND support, contact the SENCO through the school office.',
        times: schoolDay(),
      };
    case 'special':
      return {
        ...common,
        slug: p.slug,
        title: `${p.name}: special school for ages ${s.ages[0]} to ${s.ages[1]}`,
        categories: ['education-and-schools'],
        needs: p.kind === 'non-maintained-special-school' ? ['hearing-impairment', 'vision-impairment'] : s.ages[0] >= 11 ? ['autism', 'social-emotional-and-mental-health'] : ['learning-disability', 'complex-medical-needs', 'physical-disability'],
        summary: `${p.name} is a ${p.kind === 'non-maintained-special-school' ? 'non-maintained special school' : 'special school'} for pupils aged ${s.ages[0]} to ${s.ages[1]} with an EHC plan.`,
        about: [`${p.name} provides specialist education, therapy and care for pupils whose EHC plans name the school. Families are welcome to visit before a place is discussed.`],
        eligibility: `Pupils aged ${s.ages[0]} to ${s.ages[1]} with an EHC plan naming ${p.name}.`,
        cost: { kind: 'free' },
        routes: ['ehc-plan'],
        howToAccess: 'Places are agreed through the EHC plan process. Ask your SEND caseworker, or contact the school to arrange a visit.',
        times: schoolDay(),
      };
    case 'alternative':
      return {
        ...common,
        slug: p.slug,
        title: `${p.name}: alternative provision`,
        categories: ['education-and-schools', 'emotional-wellbeing'],
        needs: ['social-emotional-and-mental-health'],
        summary: `${p.name} gives short-term and longer places for pupils at risk of exclusion, excluded, or unable to attend school for health reasons.`,
        about: [`${p.name} works with schools and families to help pupils get back on track, with small classes, mentoring and a plan to return to school or move on.`],
        eligibility: `Pupils aged ${s.ages[0]} to ${s.ages[1]} referred by their school or the council.`,
        cost: { kind: 'free' },
        routes: ['school-or-setting', 'other-professional'],
        howToAccess: 'Schools refer through the inclusion support panel. Parents can ask the school or the inclusion advice line.',
        times: schoolDay(),
      };
    case 'post-16':
      return {
        ...common,
        slug: `learning-support-at-${p.slug}`,
        title: p.kind === 'independent-specialist-provider' ? `${p.name}: specialist post-16 college` : `Learning support at ${p.name}`,
        categories: ['education-and-schools', 'work-and-training'],
        summary: p.kind === 'independent-specialist-provider'
          ? `${p.name} is an independent specialist college for young people aged 16 to 25 with complex needs, focused on independence and work.`
          : `How ${p.name} supports students with SEND aged 16 to 25, from applying to moving on.`,
        about: [`${p.name} welcomes students with learning difficulties and disabilities. Tell us about your needs when you apply so support is ready when you start.`],
        eligibility: p.kind === 'independent-specialist-provider'
          ? 'Young people aged 16 to 25 with an EHC plan whose needs cannot be met in a general further education college.'
          : 'Young people aged 16 to 25 applying to or studying at the college.',
        cost: { kind: 'free' },
        routes: p.kind === 'independent-specialist-provider' ? ['ehc-plan'] : ['self-referral', 'ehc-plan'],
        howToAccess: 'Apply online and tick the box to tell us about a learning difficulty or disability. The learning support team will contact you.',
        times: collegeDay(),
      };
  }
}
