// "You said, we did": what families told us and what changed (reg 56), linked to themes, actions and evidence.
import { addDays } from './dates.ts';
import { actionId } from './actions.ts';
import { docId, refItems, slug } from './ids.ts';
import { areaId } from './plan.ts';
import { phaseId, type PhaseSlug } from './taxonomy.ts';
import { themeId, type ThemeSlug } from './themes.ts';

interface Entry {
  slug: string;
  title: string;
  publishedAt: string;
  youSaid: string;
  commentCount: number;
  quotes: readonly (readonly [string, string])[];
  weDid: string;
  themes: ThemeSlug[];
  actions: string[];
  areas: string[];
  phases: PhaseSlug[];
}

export const ENTRIES: readonly Entry[] = [
  {
    slug: 'a-say-in-the-improvement-plan', title: 'A say in the improvement plan', publishedAt: '2024-02-16',
    youSaid: 'Parents and young people told us they wanted to see how the plan was going and to be part of checking it, not just be told about it afterwards.',
    commentCount: 64,
    quotes: [['We want to be in the room when decisions are made, not hear about them later.', 'A parent of a secondary-age young person']],
    weDid: 'Two members of the parent carer forum and two young people from Westmoor Voices joined the SEND Improvement Board as full members. Board papers and a summary of every meeting are now published.',
    themes: ['being-involved'], actions: ['PA1.1', 'PA1.3'], areas: ['pa1'], phases: ['early-years', 'primary', 'secondary', 'preparing-for-adulthood'],
  },
  {
    slug: 'help-while-waiting-for-an-assessment', title: 'Help while waiting for an autism or ADHD assessment', publishedAt: '2024-07-05',
    youSaid: 'Many parents said they had been waiting a long time for an autism or ADHD assessment, did not know how long it would take, and felt forgotten.',
    commentCount: 118,
    quotes: [['Nobody told us anything for 18 months. Just knowing someone was keeping an eye on things would have helped.', 'A parent of a primary-age child'], ['The course for families who are waiting was the first help we had.', 'A parent of a child in the early years']],
    weDid: 'Every child on the waiting list now has a risk assessment, and families get a check-in call every three months. We publish average waiting times each quarter, and families can join courses from the Autism Hub and the ADHD parent programme without a diagnosis.',
    themes: ['waiting-times'], actions: ['PA4.1', 'PA4.2', 'R2.2'], areas: ['pa4', 'r2'], phases: ['early-years', 'primary', 'secondary'],
  },
  {
    slug: 'clearer-information-on-the-local-offer', title: 'Clearer information on the Local Offer', publishedAt: '2024-11-22',
    youSaid: 'You said the Local Offer was hard to search, used too much jargon, and did not work well on a phone. Some parents do not use the internet and could not get the information at all.',
    commentCount: 93,
    quotes: [['I spent hours going round in circles on different websites.', 'A parent of a child in the early years']],
    weDid: 'We rebuilt the Local Offer with parents: it is organised by age, has a jargon buster, works on phones, and every service says when it was last checked. You can now get any page printed or read to you by calling 01632 960100.',
    themes: ['finding-information'], actions: ['PA1.2'], areas: ['pa1'], phases: ['early-years', 'primary', 'secondary', 'preparing-for-adulthood'],
  },
  {
    slug: 'more-to-do-in-the-holidays', title: 'More clubs and things to do in the holidays', publishedAt: '2025-05-30',
    youSaid: 'Young people told us there is not enough to do after school and in the holidays, especially for teenagers and outside the city centre. Parents said many holiday schemes could not manage personal care.',
    commentCount: 141,
    quotes: [['There is nothing near my house for people like me.', 'A young person aged 11 to 15'], ['We need holiday clubs that can do personal care.', 'A parent of a primary-age child']],
    weDid: 'We funded inclusive holiday play schemes and youth clubs in every part of Westmoor, with trained staff for personal care. You can now filter the Local Offer by area and find activities near your postcode.',
    themes: ['things-to-do', 'short-breaks'], actions: [], areas: ['r4'], phases: ['primary', 'secondary', 'preparing-for-adulthood'],
  },
  {
    slug: 'short-breaks-reviews', title: 'Short breaks reviews when things get harder', publishedAt: '2025-10-10',
    youSaid: 'Families said it took too long to get short breaks reviewed when their child’s needs changed, and they did not know who to ask.',
    commentCount: 47,
    quotes: [['When things fell apart at home it took months for anyone to look again.', 'A parent of a secondary-age young person']],
    weDid: 'Every short breaks package is now reviewed at least once a year. Families can ask for a reassessment online or by phone, and we aim to complete it within 4 weeks. A recent independent audit found reviews good or better in 88% of cases.',
    themes: ['short-breaks'], actions: ['PA5.2', 'PA5.3'], areas: ['pa5'], phases: ['primary', 'secondary'],
  },
  {
    slug: 'staff-who-understand-autism', title: 'Staff who understand autism and ADHD', publishedAt: '2026-03-27',
    youSaid: 'Young people said some teachers and health workers do not understand autism or ADHD, and that this makes school and appointments harder.',
    commentCount: 76,
    quotes: [['Teachers understanding autism would make school so much better.', 'A young person aged 11 to 15']],
    weDid: 'More than 2,500 practitioners in education, health and social care have completed SEND core training. Young people helped write autism and ADHD awareness training, and we are recruiting young trainers to deliver it with staff.',
    themes: ['staff-understanding', 'support-in-school'], actions: ['R3.1', 'R3.2'], areas: ['r3'], phases: ['primary', 'secondary', 'preparing-for-adulthood'],
  },
  {
    slug: 'staying-in-school', title: 'Staying in school', publishedAt: '2026-07-24',
    youSaid: 'Parents said their children with EHC plans were being sent home or put on reduced timetables before anyone looked again at their support.',
    commentCount: 58,
    quotes: [['Support before things go wrong, not after a suspension.', 'A parent of a primary-age child']],
    weDid: 'Schools can now get advice from the inclusion support panel within a week, and special schools give outreach to mainstream schools. Emergency annual reviews now happen in secondary schools within 10 school days; primary schools will follow.',
    themes: ['support-in-school', 'ehc-communication'], actions: ['PA3.1', 'PA3.2', 'PA3.3'], areas: ['pa3'], phases: ['primary', 'secondary'],
  },
  {
    slug: 'getting-ready-for-adult-life', title: 'Getting ready for adult life', publishedAt: '2026-10-30',
    youSaid: 'Young people said they want help to get a job, learn to live on their own and know what college is like. Parents said planning starts too late.',
    commentCount: 69,
    quotes: [['Help to get a job.', 'A young person aged 16 to 25'], ['Planning for adult life should start much earlier, not in the last year of school.', 'A parent of a young person aged 16 to 25']],
    weDid: 'Preparing for adulthood is now part of every annual review from Year 9. We are writing a joint plan for work, housing and health with young people, and we will grow supported internships to 40 places a year from next year.',
    themes: ['preparing-for-adulthood'], actions: ['R4.3', 'R4.4'], areas: ['r4'], phases: ['secondary', 'preparing-for-adulthood'],
  },
];

/** Entries dated after `today` are not published yet, so they are left out. */
export function youSaidWeDidDocuments(today: string) {
  return ENTRIES.filter((e) => e.publishedAt <= today).map((e) => ({
    _id: docId('youSaidWeDid', e.slug),
    _type: 'youSaidWeDid' as const,
    title: e.title,
    slug: slug(e.slug),
    publishedAt: e.publishedAt,
    youSaid: e.youSaid,
    commentCount: e.commentCount,
    quotes: e.quotes.map(([text, attribution], i) => ({ _key: `q${i + 1}`, text, attribution, approvedAt: addDays(e.publishedAt, -7) })),
    weDid: e.weDid,
    themes: refItems(e.themes.map(themeId)),
    actions: refItems(e.actions.map(actionId)),
    areas: refItems(e.areas.map(areaId)),
    agePhases: refItems(e.phases.map(phaseId)),
  }));
}

