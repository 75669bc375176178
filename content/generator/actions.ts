// The plan's actions, written so that on 23 November 2026 every status occurs: not started, on track, at risk,
// overdue and complete (on time and late). Statuses are never stored: the dates, milestones and log say it all.
import { docId, keyOf, refItems } from './ids.ts';
import { measureId } from './measures.ts';
import { COUNCIL, ICB, areaId } from './plan.ts';

type Involvement = 'co-produced' | 'reviewed' | 'consulted';
interface ActionSpec {
  ref: string;
  title: string;
  description: string;
  owner: string;
  org: string;
  start: string;
  due: string;
  done?: string;
  /** [title, due, completed] */
  milestones: readonly (readonly [string, string, string?])[];
  /** [date, what happened, progress reported (%), impact] */
  updates: readonly (readonly [string, string, number, string?])[];
  /** [group, involvement, date, note] */
  coProduction: readonly (readonly [string, Involvement, string, string?])[];
  measures: readonly string[];
}

const PCF = 'Westmoor Parent Carer Forum';
const VOICES = 'Westmoor Voices (SEND youth forum)';
const HEADS = 'Headteachers’ SEND reference group';
const SENDIASS = 'Westmoor SENDIASS';
const COMMUNITY_HEALTH = 'Westmoor Community Health NHS Trust';
const HOSPITALS = 'Westmoor University Hospitals NHS Trust';
const MENTAL_HEALTH = 'Westmoor Mental Health NHS Foundation Trust';

export const ACTIONS: readonly ActionSpec[] = [
  // Priority action 1: children and families at the centre, with oversight and tracking.
  {
    ref: 'PA1.1', title: 'Set up the SEND Improvement Board with parents and young people as members',
    description: 'An independent board, agreed with the DfE, that checks progress on every action every six weeks, with parent carer forum and youth forum members.',
    owner: 'Director of Children’s Services', org: COUNCIL, start: '2023-10-16', due: '2023-12-31', done: '2023-12-07',
    milestones: [['Terms of reference agreed with the DfE adviser', '2023-11-30', '2023-11-24'], ['Parent and youth members appointed', '2023-12-15', '2023-12-07']],
    updates: [
      ['2023-11-24', 'Terms of reference agreed with the DfE adviser; independent chair confirmed.', 50],
      ['2023-12-07', 'First board meeting held. Two parent carer forum members and two Westmoor Voices members are full members.', 100, 'Families have a voice at the board that oversees the plan.'],
    ],
    coProduction: [[PCF, 'co-produced', '2023-11-14', 'Forum members wrote the section on how families are represented.'], [VOICES, 'consulted', '2023-11-21']],
    measures: ['parents-who-feel-listened-to'],
  },
  {
    ref: 'PA1.2', title: 'Publish a plan dashboard and action log that families can read',
    description: 'A public page showing every action, its status, the measures and what families have told us, updated after every board meeting.',
    owner: 'Head of SEND Performance and Quality', org: COUNCIL, start: '2024-01-08', due: '2024-09-30', done: '2024-11-15',
    milestones: [['Measures agreed with families', '2024-03-31', '2024-04-19'], ['First public dashboard published', '2024-09-30', '2024-11-15']],
    updates: [
      ['2024-04-19', 'Measures agreed at a joint workshop with parents and young people, three weeks later than planned.', 40],
      ['2024-09-20', 'Dashboard tested with parents; changes asked for to the wording of statuses and charts.', 80],
      ['2024-11-15', 'Dashboard published on the Local Offer website with a plain-English guide.', 100, 'Anyone can now see progress on every action without asking.'],
    ],
    coProduction: [[PCF, 'co-produced', '2024-03-12'], [VOICES, 'reviewed', '2024-09-18', 'Young people tested the charts on their phones.']],
    measures: ['parents-who-feel-listened-to'],
  },
  {
    ref: 'PA1.3', title: 'Run a regular Have your say survey and publish You said, we did',
    description: 'A survey for parents and carers and an easy read survey for young people, with results published each quarter and responses to what families say.',
    owner: 'Participation and Engagement Lead', org: COUNCIL, start: '2024-01-08', due: '2027-03-31',
    milestones: [['Easy read young people’s survey co-designed', '2024-02-01', '2024-01-30'], ['First You said, we did published', '2024-06-30', '2024-06-14'], ['Annual review of the survey with young people', '2026-10-31', '2026-10-22'], ['Survey questions refreshed for next year', '2027-01-31']],
    updates: [
      ['2024-06-14', 'First quarter of results published with the first You said, we did.', 25],
      ['2025-06-30', 'Six quarters of results published; response rate from young people doubled after moving to one question per page.', 60],
      ['2026-10-22', 'Young people reviewed the survey and asked for a question about getting ready for adult life.', 92, 'Young people’s answers now shape the measures the board watches.'],
    ],
    coProduction: [[VOICES, 'co-produced', '2024-01-16', 'Members chose the symbols and wording.'], [PCF, 'reviewed', '2024-01-23']],
    measures: ['parents-who-feel-listened-to', 'young-people-who-feel-listened-to'],
  },
  {
    ref: 'PA1.4', title: 'Co-produce a SEND outcomes framework with children and young people',
    description: 'Agree, with children and young people, what a good life looks like at each age, and use it to judge whether services make a difference.',
    owner: 'Head of SEND', org: COUNCIL, start: '2026-01-12', due: '2027-06-30',
    milestones: [['Workshops with young people in every locality', '2026-05-29', '2026-05-21'], ['Draft framework consulted on', '2026-10-30', '2026-10-27'], ['Framework adopted by the board', '2027-03-31']],
    updates: [
      ['2026-05-21', 'Six workshops held with 84 children and young people, including at two special schools.', 35],
      ['2026-10-27', 'Draft framework shared for consultation in easy read and standard versions.', 65],
    ],
    coProduction: [[VOICES, 'co-produced', '2026-03-10'], [PCF, 'co-produced', '2026-03-17']],
    measures: ['young-people-who-feel-listened-to'],
  },
  // Priority action 2: sharing information to identify needs earlier.
  {
    ref: 'PA2.1', title: 'Agree an information-sharing agreement between the council, NHS and schools',
    description: 'One agreement so that education, health and social care can lawfully share information about children at risk of poor outcomes.',
    owner: 'Data Protection Officer', org: COUNCIL, start: '2023-11-01', due: '2024-06-30', done: '2024-06-12',
    milestones: [['Draft agreement reviewed by all partners', '2024-03-29', '2024-03-22'], ['Agreement signed by all partners', '2024-06-30', '2024-06-12']],
    updates: [['2024-06-12', 'Agreement signed by the council, the ICB, three NHS trusts and 68 schools and colleges.', 100, 'Professionals can share concerns early without waiting for consent forms to travel between services.']],
    coProduction: [[PCF, 'consulted', '2024-02-20', 'Parents asked for a plain-English summary, which is now published.']],
    measures: ['health-and-social-care-advice-within-6-weeks'],
  },
  {
    ref: 'PA2.2', title: 'Team around the school: a shared list of pupils at risk',
    description: 'Termly meetings in every school cluster where education, health and social care look together at pupils with SEND who are at risk.',
    owner: 'Head of Inclusion', org: COUNCIL, start: '2024-04-01', due: '2025-09-30', done: '2025-12-05',
    milestones: [['Pilot in two clusters', '2024-12-20', '2024-12-13'], ['All clusters meeting termly', '2025-09-30', '2025-12-05']],
    updates: [
      ['2024-12-13', 'Pilot clusters met twice; 41 pupils got extra support agreed at the meeting.', 40],
      ['2025-07-18', 'Roll-out delayed in two clusters while health staff were recruited.', 75],
      ['2025-12-05', 'All eight clusters now meet termly.', 100, 'Pupils at risk are discussed by everyone who can help, in one meeting.'],
    ],
    coProduction: [[HEADS, 'co-produced', '2024-05-08']],
    measures: ['needs-identified-before-school', 'suspensions-of-pupils-with-an-ehc-plan'],
  },
  {
    ref: 'PA2.3', title: 'Link health visiting and early years records so needs are noticed before age 3',
    description: 'With parents’ agreement, share the 2 to 2½ year review with the child’s nursery so that support can start straight away.',
    owner: 'Public Health Nursing Service Manager', org: COMMUNITY_HEALTH, start: '2025-04-01', due: '2026-09-30',
    milestones: [['Data link tested', '2026-03-31', '2026-05-20'], ['Live in all family hubs', '2026-09-30']],
    updates: [
      ['2026-05-20', 'Data link tested successfully, seven weeks late.', 55],
      ['2026-10-15', 'Go-live delayed: the NHS record system upgrade has moved to January 2027. Health visitors are sharing reviews by secure email in the meantime.', 70],
    ],
    coProduction: [[PCF, 'consulted', '2025-06-10', 'Parents of young children helped write the consent wording.']],
    measures: ['needs-identified-before-school', 'health-and-development-reviews-at-2'],
  },
  {
    ref: 'PA2.4', title: 'Early identification toolkit for nurseries and childminders',
    description: 'A short, practical toolkit and training to help early years practitioners notice and respond to emerging needs.',
    owner: 'Early Years Inclusion Manager', org: COUNCIL, start: '2026-02-02', due: '2027-02-26',
    milestones: [['Toolkit drafted with early years SENCOs', '2026-09-30'], ['Training for all settings', '2027-01-29']],
    updates: [['2026-07-03', 'Drafting group formed; first sections written. Staff shortages in the early years team have slowed the work.', 30]],
    coProduction: [[PCF, 'consulted', '2026-03-04']],
    measures: ['needs-identified-before-school'],
  },
  // Priority action 3: reducing exclusions for pupils with an EHC plan.
  {
    ref: 'PA3.1', title: 'Inclusion support panel before any suspension of a pupil with an EHC plan',
    description: 'Schools can bring a pupil at risk to a weekly panel for quick advice, outreach or a change to provision.',
    owner: 'Head of Inclusion', org: COUNCIL, start: '2023-11-01', due: '2024-04-30', done: '2024-04-26',
    milestones: [['Panel membership agreed with headteachers', '2024-01-31', '2024-01-26'], ['Panel meeting weekly', '2024-04-30', '2024-04-26']],
    updates: [['2024-04-26', 'Panel has met weekly for three months; 63 pupils discussed and none permanently excluded.', 100, 'Schools get help within a week instead of waiting for an annual review.']],
    coProduction: [[HEADS, 'co-produced', '2023-12-06'], [SENDIASS, 'consulted', '2024-01-10']],
    measures: ['suspensions-of-pupils-with-an-ehc-plan', 'permanent-exclusions-of-pupils-with-an-ehc-plan'],
  },
  {
    ref: 'PA3.2', title: 'Outreach from special schools to mainstream schools',
    description: 'Staff from Brookfield School and Oakwood Park School coach mainstream staff to support pupils with complex needs.',
    owner: 'Headteacher, Oakwood Park School', org: 'School and college leaders', start: '2024-09-02', due: '2026-07-31', done: '2026-07-17',
    milestones: [['Outreach offer published', '2024-10-31', '2024-10-25'], ['Every secondary school has had outreach', '2026-07-31', '2026-07-17']],
    updates: [
      ['2025-07-18', '23 schools supported in the first year.', 50],
      ['2026-07-17', 'All secondary schools and 31 primary schools have had outreach.', 100, 'Teachers say they feel more confident supporting autistic pupils and pupils with SEMH needs.'],
    ],
    coProduction: [[HEADS, 'co-produced', '2024-06-19']],
    measures: ['suspensions-of-pupils-with-an-ehc-plan'],
  },
  {
    ref: 'PA3.3', title: 'Emergency annual reviews for pupils at risk of exclusion',
    description: 'When a placement is at risk, an emergency review meets within 10 school days to change the provision.',
    owner: 'SEND Statutory Services Manager', org: COUNCIL, start: '2025-01-06', due: '2026-03-31',
    milestones: [['Process agreed with secondary schools', '2025-04-30', '2025-04-25'], ['Process in use in primary schools', '2026-03-31']],
    updates: [
      ['2025-09-12', 'Emergency reviews now held in secondary schools, on average within 8 school days.', 50],
      ['2026-04-10', 'Roll-out to primary schools delayed by caseworker vacancies.', 70],
      ['2026-09-18', 'New caseworkers started; primary roll-out now expected by January 2027.', 80],
    ],
    coProduction: [[SENDIASS, 'reviewed', '2025-03-05'], [PCF, 'consulted', '2025-03-12']],
    measures: ['suspensions-of-pupils-with-an-ehc-plan', 'permanent-exclusions-of-pupils-with-an-ehc-plan'],
  },
  {
    ref: 'PA3.4', title: 'Attendance and inclusion charter signed by every school',
    description: 'A shared promise by Westmoor schools about how they include pupils with SEND and avoid exclusion.',
    owner: 'Chair of the Westmoor Headteachers’ Association', org: 'School and college leaders', start: '2026-09-01', due: '2027-07-16',
    milestones: [['Charter drafted with headteachers, parents and young people', '2026-11-13', '2026-11-06'], ['All school leaders asked to sign', '2027-03-31']],
    updates: [['2026-11-06', 'Charter drafted and shared with all headteachers.', 30]],
    coProduction: [[HEADS, 'co-produced', '2026-09-23'], [PCF, 'co-produced', '2026-10-07'], [VOICES, 'co-produced', '2026-10-14', 'Young people wrote the charter’s opening promise.']],
    measures: ['suspensions-of-pupils-with-an-ehc-plan'],
  },
  // Priority action 4: risk-assessing children on health waiting lists.
  {
    ref: 'PA4.1', title: 'Risk-assess every child waiting for a neurodevelopmental assessment',
    description: 'Contact every family on the autism and ADHD waiting lists, record a risk assessment and move children with multiple needs forward.',
    owner: 'ICB Associate Director of Children’s Commissioning', org: ICB, start: '2023-10-16', due: '2024-03-31', done: '2024-03-28',
    milestones: [['Risk assessment tool agreed', '2023-11-30', '2023-11-29'], ['Every waiting child assessed', '2024-03-31', '2024-03-28']],
    updates: [['2024-03-28', '2,140 children risk-assessed; 96 moved forward because of multiple or escalating needs.', 100, 'Children with the most complex needs are now seen first.']],
    coProduction: [[PCF, 'reviewed', '2023-11-21', 'Parents helped decide which questions to ask.']],
    measures: ['waiting-children-with-a-risk-assessment'],
  },
  {
    ref: 'PA4.2', title: '“Waiting well”: support for families while they wait',
    description: 'A named contact, regular check-ins and a support offer for every family waiting for a health assessment.',
    owner: 'Designated Clinical Officer for SEND', org: ICB, start: '2024-02-01', due: '2024-12-20', done: '2025-02-14',
    milestones: [['Waiting well offer published on the Local Offer', '2024-06-28', '2024-06-21'], ['Check-ins every 3 months for all waiting families', '2024-12-20', '2025-02-14']],
    updates: [
      ['2024-06-21', 'Waiting well offer published, including courses from the Autism Hub and the ADHD parent programme.', 45],
      ['2025-02-14', 'Every waiting family now gets a check-in every three months.', 100, 'Families know who to call while they wait.'],
    ],
    coProduction: [[PCF, 'co-produced', '2024-03-05']],
    measures: ['waiting-children-with-a-risk-assessment', 'wait-for-an-autism-assessment'],
  },
  {
    ref: 'PA4.3', title: 'One view of health waiting lists across paediatrics, therapies and CAMHS',
    description: 'Bring the waiting lists of community paediatrics, speech and language therapy, occupational therapy and CAMHS together so children waiting for several services are seen in a joined-up way.',
    owner: 'ICB Head of Digital and Intelligence', org: ICB, start: '2025-06-02', due: '2027-03-31',
    milestones: [['Data from all services in one system', '2027-01-29']],
    updates: [['2026-06-15', 'Data agreements in place with two of the four services; technical work has not started.', 20]],
    coProduction: [[PCF, 'consulted', '2025-07-08']],
    measures: ['waiting-children-with-a-risk-assessment'],
  },
  {
    ref: 'PA4.4', title: 'Yearly review of waiting-list risk assessments with the parent carer forum',
    description: 'Check with families whether risk assessments are picking up the children who most need to be seen.',
    owner: 'Designated Clinical Officer for SEND', org: ICB, start: '2027-01-11', due: '2027-04-30',
    milestones: [['Review workshop held', '2027-03-12']],
    updates: [],
    coProduction: [[PCF, 'consulted', '2026-10-20', 'The forum agreed the dates and who should be invited.']],
    measures: ['waiting-children-with-a-risk-assessment'],
  },
  // Priority action 5: social care support for children with SEND.
  {
    ref: 'PA5.1', title: 'Review every child living in a residential special school or children’s home at a distance',
    description: 'A social work review for each child placed outside Westmoor, and visits at least every six weeks from then on.',
    owner: 'Head of Children with Disabilities Service', org: COUNCIL, start: '2023-07-03', due: '2023-10-31', done: '2023-09-29',
    milestones: [['All eight children visited and reviewed', '2023-09-29', '2023-09-29']],
    updates: [['2023-09-29', 'All eight children reviewed; care plans updated for five.', 100, 'Every child placed at a distance has an up-to-date plan and regular visits.']],
    coProduction: [],
    measures: ['children-placed-at-a-distance-visited'],
  },
  {
    ref: 'PA5.2', title: 'Reassess all children receiving short breaks',
    description: 'Review all children receiving overnight short breaks first, then those receiving other short breaks, using a triaged approach.',
    owner: 'Head of Children with Disabilities Service', org: COUNCIL, start: '2023-07-03', due: '2023-10-31', done: '2023-10-27',
    milestones: [['All 21 children receiving overnight care reviewed', '2023-08-31', '2023-08-25'], ['Non-residential short breaks reviewed', '2023-10-31', '2023-10-27']],
    updates: [
      ['2023-08-25', 'All 21 children entitled to overnight care reviewed.', 50],
      ['2023-10-27', 'All children receiving non-residential short breaks reviewed.', 100, 'Twelve families had their support increased after reassessment.'],
    ],
    coProduction: [[PCF, 'consulted', '2023-09-12']],
    measures: ['short-breaks-reviewed-within-12-months'],
  },
  {
    ref: 'PA5.3', title: 'Short breaks review cycle, with reassessment when needs escalate',
    description: 'Every short breaks package reviewed at least yearly, and a reassessment within 4 weeks when a family tells us things have got harder.',
    owner: 'Children with Disabilities Team Manager', org: COUNCIL, start: '2024-01-08', due: '2027-03-31',
    milestones: [['Escalation route published for families', '2024-03-29', '2024-03-27'], ['Reviews up to date for all packages', '2025-03-31', '2025-03-21'], ['Independent audit of reviews', '2026-09-30', '2026-09-25']],
    updates: [
      ['2024-03-27', 'Families can ask for a reassessment online or by phone.', 20],
      ['2025-03-21', 'Every short breaks package reviewed within the last 12 months.', 60],
      ['2026-09-25', 'Independent audit found reviews good or better in 88% of cases.', 92, 'Families say reviews are quicker and they are listened to.'],
    ],
    coProduction: [[PCF, 'co-produced', '2024-02-13']],
    measures: ['short-breaks-reviewed-within-12-months'],
  },
  {
    ref: 'PA5.4', title: 'Refresh the short breaks statement with families',
    description: 'A new short breaks services statement saying what is available, who can get it and how, written with families.',
    owner: 'Commissioning Manager, Children with Disabilities', org: COUNCIL, start: '2026-03-02', due: '2026-10-30',
    milestones: [['Consultation with families closes', '2026-07-31', '2026-07-31'], ['Cabinet approval', '2026-10-30']],
    updates: [
      ['2026-07-31', 'Consultation closed with 412 responses from families and 58 from young people.', 60],
      ['2026-10-16', 'Cabinet decision moved to the December 2026 meeting to include changes families asked for.', 85],
    ],
    coProduction: [[PCF, 'co-produced', '2026-04-14'], [VOICES, 'consulted', '2026-05-12']],
    measures: ['short-breaks-reviewed-within-12-months'],
  },
  {
    ref: 'PA5.5', title: 'Monthly monitoring of visits to children placed out of area',
    description: 'A monthly report to the board on visits to children placed at a distance, so that any gap is spotted quickly.',
    owner: 'Head of Children with Disabilities Service', org: COUNCIL, start: '2026-12-01', due: '2027-05-28',
    milestones: [['First monthly report to the board', '2027-01-15']],
    updates: [],
    coProduction: [],
    measures: ['children-placed-at-a-distance-visited'],
  },
  // Recommendation 1: health checks and a consistent graduated response.
  {
    ref: 'R1.1', title: 'Increase 2 to 2½ year health and development reviews',
    description: 'Offer reviews at family hubs, evenings and Saturdays, and follow up families who miss them.',
    owner: 'Public Health Nursing Service Manager', org: COMMUNITY_HEALTH, start: '2023-11-01', due: '2025-03-31', done: '2025-03-28',
    milestones: [['Saturday and evening clinics running', '2024-04-30', '2024-04-26'], ['Follow-up calls for every missed review', '2025-03-31', '2025-03-28']],
    updates: [
      ['2024-04-26', 'Extra clinics running in all six family hubs.', 45],
      ['2025-03-28', 'Every missed review now followed up within two weeks.', 100, 'More two-year-olds are seen, so needs are noticed earlier.'],
    ],
    coProduction: [[PCF, 'consulted', '2023-12-05', 'Parents asked for Saturday appointments.']],
    measures: ['health-and-development-reviews-at-2'],
  },
  {
    ref: 'R1.2', title: 'Publish Westmoor’s guide to ordinarily available inclusive provision',
    description: 'A clear guide to the support every school and setting should offer at SEN support, before an EHC plan.',
    owner: 'Principal Educational Psychologist', org: COUNCIL, start: '2024-01-08', due: '2024-07-19', done: '2024-09-27',
    milestones: [['Draft tested with schools and parents', '2024-05-24', '2024-06-28'], ['Guide published', '2024-07-19', '2024-09-27']],
    updates: [
      ['2024-06-28', 'Draft tested with 20 schools and 35 parents; a parents’ version was added.', 60],
      ['2024-09-27', 'Guide and parents’ version published at the start of the school year.', 100, 'Parents can see what support to expect without an EHC plan.'],
    ],
    coProduction: [[PCF, 'co-produced', '2024-03-19'], [HEADS, 'co-produced', '2024-03-27']],
    measures: ['parents-confident-school-meets-needs'],
  },
  {
    ref: 'R1.3', title: 'SENCO network and audit of SEN support in every school',
    description: 'A termly SENCO network and a supportive audit of how each school uses the graduated response.',
    owner: 'Head of Inclusion', org: COUNCIL, start: '2025-09-01', due: '2027-07-23',
    milestones: [['SENCO network meeting termly', '2025-12-19', '2025-12-10'], ['First round of school audits complete', '2026-07-17'], ['Audit findings shared with all schools', '2027-05-28']],
    updates: [
      ['2025-12-10', 'SENCO network launched; 81 SENCOs attended.', 20],
      ['2026-07-20', 'Audits completed in 34 of 70 schools. The rest are planned for the autumn term.', 35],
    ],
    coProduction: [[HEADS, 'reviewed', '2025-10-08']],
    measures: ['parents-confident-school-meets-needs'],
  },
  {
    ref: 'R1.4', title: 'Graduated response refresher for early years settings',
    description: 'Training and resources on the graduated response for nurseries, pre-schools and childminders.',
    owner: 'Early Years Inclusion Manager', org: COUNCIL, start: '2027-01-04', due: '2027-07-30',
    milestones: [['Training materials ready', '2027-03-26']],
    updates: [],
    coProduction: [],
    measures: ['needs-identified-before-school'],
  },
  // Recommendation 2: shorter waits for health services.
  {
    ref: 'R2.1', title: 'More speech and language therapy in mainstream schools',
    description: 'Extra therapists and assistants working in mainstream schools, and training for school staff.',
    owner: 'Head of Children’s Therapies', org: COMMUNITY_HEALTH, start: '2024-04-01', due: '2025-03-31', done: '2025-03-14',
    milestones: [['Four extra therapists recruited', '2024-09-30', '2024-09-13'], ['Every primary school has a link therapist', '2025-03-31', '2025-03-14']],
    updates: [['2025-03-14', 'Every primary school now has a link therapist.', 100, 'The average wait for a first appointment fell from 31 to 20 weeks.']],
    coProduction: [[PCF, 'consulted', '2024-05-14']],
    measures: ['wait-for-speech-and-language-therapy'],
  },
  {
    ref: 'R2.2', title: 'Bring autism assessment waits down to 40 weeks',
    description: 'Extra assessment capacity, a second provider and a shorter pathway for younger children.',
    owner: 'Clinical Director for Children’s Services', org: HOSPITALS, start: '2024-06-03', due: '2026-06-30',
    milestones: [['Second assessment provider contracted', '2024-12-20', '2024-12-18'], ['Under-5s pathway launched', '2025-06-30', '2025-06-27'], ['Average wait 40 weeks or less', '2026-06-30']],
    updates: [
      ['2025-06-27', 'Under-5s pathway launched; average wait down to 71 weeks.', 50],
      ['2026-07-10', 'Average wait is 58 weeks, down from 96. The 40-week target has not been reached because referrals rose by 30%.', 70],
    ],
    coProduction: [[PCF, 'reviewed', '2024-07-09']],
    measures: ['wait-for-an-autism-assessment', 'wait-for-an-adhd-assessment'],
  },
  {
    ref: 'R2.3', title: 'CAMHS single point of access and same-week triage',
    description: 'One front door for all referrals, looked at by a clinician within a week, with help offered straight away.',
    owner: 'CAMHS Service Director', org: MENTAL_HEALTH, start: '2025-09-01', due: '2027-03-31',
    milestones: [['Single point of access open', '2026-01-05', '2026-01-05'], ['Same-week triage for 90% of referrals', '2026-09-30', '2026-09-18']],
    updates: [
      ['2026-01-05', 'Single point of access opened.', 40],
      ['2026-09-18', '92% of referrals triaged within a week.', 80],
    ],
    coProduction: [[VOICES, 'co-produced', '2025-10-15', 'Young people designed the self-referral form.']],
    measures: ['wait-for-camhs'],
  },
  // Recommendation 3: training for every practitioner.
  {
    ref: 'R3.1', title: 'SEND core training for all practitioners',
    description: 'A shared training programme on identifying and supporting SEND for education, health and social care staff.',
    owner: 'Workforce Development Lead', org: COUNCIL, start: '2024-01-08', due: '2026-03-31', done: '2026-03-20',
    milestones: [['Programme launched', '2024-03-28', '2024-03-28'], ['2,500 practitioners trained', '2026-03-31', '2026-03-20']],
    updates: [
      ['2025-03-31', '1,310 practitioners trained.', 52],
      ['2026-03-20', '2,540 practitioners trained.', 100, 'Staff in every service share the same understanding of SEND.'],
    ],
    coProduction: [[PCF, 'co-produced', '2024-02-06', 'Parents co-deliver the session on working with families.']],
    measures: ['practitioners-trained-in-send'],
  },
  {
    ref: 'R3.2', title: 'Autism and ADHD awareness training co-delivered by young people',
    description: 'Young people with lived experience are paid to co-deliver training to practitioners.',
    owner: 'Participation and Engagement Lead', org: COUNCIL, start: '2025-01-06', due: '2026-12-18',
    milestones: [['Training co-written with young people', '2025-06-30', '2025-06-20'], ['Young trainers recruited and paid', '2026-06-30'], ['500 practitioners trained', '2026-12-18']],
    updates: [
      ['2025-06-20', 'Training written with eight young people.', 30],
      ['2026-08-14', 'Recruitment of young trainers delayed while payment arrangements are agreed. 140 practitioners trained by staff alone.', 45],
    ],
    coProduction: [[VOICES, 'co-produced', '2025-02-11']],
    measures: ['practitioners-trained-in-send', 'young-people-who-feel-listened-to'],
  },
  {
    ref: 'R3.3', title: 'Training on writing good EHC plan outcomes for health and social care',
    description: 'Help health and social care practitioners write clear, specific advice and outcomes for EHC plans.',
    owner: 'Designated Social Care Officer', org: COUNCIL, start: '2026-04-13', due: '2027-02-26',
    milestones: [['Course designed', '2026-06-30', '2026-06-26'], ['First three cohorts trained', '2026-10-30', '2026-10-23']],
    updates: [['2026-10-23', 'Three cohorts trained: 96 practitioners.', 75]],
    coProduction: [[SENDIASS, 'reviewed', '2026-05-19']],
    measures: ['health-and-social-care-advice-within-6-weeks', 'ehc-plans-issued-within-20-weeks'],
  },
  // Recommendation 4: planning ahead for future needs.
  {
    ref: 'R4.1', title: 'SEND sufficiency strategy: specialist places for the next five years',
    description: 'Forecast how many specialist places will be needed and where, and plan to create them.',
    owner: 'Head of School Organisation', org: COUNCIL, start: '2023-11-01', due: '2024-10-31', done: '2024-10-17',
    milestones: [['Needs forecast completed', '2024-05-31', '2024-05-24'], ['Strategy approved by Cabinet', '2024-10-31', '2024-10-17']],
    updates: [['2024-10-17', 'Strategy approved: 190 new specialist places planned over the next five years.', 100, 'Fewer children will need to travel outside Westmoor for school.']],
    coProduction: [[PCF, 'consulted', '2024-06-18'], [HEADS, 'consulted', '2024-06-26']],
    measures: ['specialist-places-in-westmoor'],
  },
  {
    ref: 'R4.2', title: 'Open a new resource base in Moorside',
    description: 'A resource base for 20 autistic pupils at Moorside Academy.',
    owner: 'Head of School Organisation', org: COUNCIL, start: '2024-09-02', due: '2026-09-01', done: '2026-09-03',
    milestones: [['Building works complete', '2026-07-24', '2026-07-31'], ['First pupils start', '2026-09-01', '2026-09-03']],
    updates: [
      ['2025-09-05', 'Planning approved and builders appointed.', 40],
      ['2026-09-03', 'Resource base opened with 12 pupils; 8 more will join next term.', 100, 'Twelve autistic pupils now go to school near home.'],
    ],
    coProduction: [[PCF, 'consulted', '2025-01-14'], [VOICES, 'reviewed', '2025-11-11', 'Young people chose the colours and the quiet room design.']],
    measures: ['specialist-places-in-westmoor'],
  },
  {
    ref: 'R4.3', title: 'Joint commissioning plan for preparing for adulthood',
    description: 'Education, health and adult social care plan together for work, housing and health support for young adults with SEND.',
    owner: 'Head of Joint Commissioning', org: ICB, start: '2025-04-01', due: '2026-12-31',
    milestones: [['Young adults’ needs analysis', '2025-10-31', '2025-10-24'], ['Draft plan consulted on', '2026-09-30', '2026-09-29'], ['Plan approved by the board', '2026-12-31']],
    updates: [
      ['2025-10-24', 'Needs analysis completed with 120 young people’s views.', 40],
      ['2026-11-10', 'Consultation responses included; plan going to next month’s board.', 95],
    ],
    coProduction: [[VOICES, 'co-produced', '2025-06-17'], [PCF, 'consulted', '2025-06-24']],
    measures: ['young-people-ready-for-adult-life', 'young-people-with-send-not-in-education-or-work'],
  },
  {
    ref: 'R4.4', title: 'Supported internships: 40 places a year',
    description: 'Grow supported internships with the council, NHS and local employers to 40 places a year.',
    owner: 'Preparing for Adulthood Team Manager', org: COUNCIL, start: '2027-01-11', due: '2027-09-06',
    milestones: [['Employer partners signed up', '2027-04-30']],
    updates: [],
    coProduction: [[VOICES, 'consulted', '2026-11-10', 'Interns told us which jobs they would like to try.']],
    measures: ['young-people-with-send-not-in-education-or-work'],
  },
];

export const actionId = (reference: string) => docId('action', reference.toLowerCase().replace('.', '-'));

/**
 * The action as it stood on `today`: log entries, milestones and completions dated later have not happened
 * yet and are left out, so an earlier `today` gives a consistent snapshot of the plan at that date.
 */
export function actionDocuments(today: string) {
  return ACTIONS.map((a) => {
    const updates = a.updates.filter(([date]) => date <= today);
    const done = a.done && a.done <= today ? a.done : undefined;
    const progress = done ? 100 : (updates.at(-1)?.[2] ?? 0);
    return {
      _id: actionId(a.ref),
      _type: 'action' as const,
      area: { _type: 'reference' as const, _ref: areaId(a.ref.replace(/\..*$/, '').toLowerCase()) },
      reference: a.ref,
      title: a.title,
      description: a.description,
      owner: a.owner,
      leadOrganisation: a.org,
      startDate: a.start,
      dueDate: a.due,
      ...(done ? { completedDate: done } : {}),
      progress,
      milestones: a.milestones.map(([title, due, completed], i) => ({
        _key: `m${i + 1}`,
        title,
        dueDate: due,
        ...(completed && completed <= today ? { completedDate: completed } : {}),
      })),
      updates: updates.map(([date, text, , impact]) => ({ _key: keyOf(date), date, text, ...(impact ? { impact } : {}) })),
      coProduction: a.coProduction
        .filter(([, , date]) => date <= today)
        .map(([group, involvement, date, note]) => ({ _key: keyOf(`${date}-${group}`), group, involvement, date, ...(note ? { note } : {}) })),
      measures: refItems(a.measures.map(measureId)),
    };
  });
}
