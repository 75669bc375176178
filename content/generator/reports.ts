// "Is this information correct?" reports and "Was this page useful?" answers, for the private feedback dataset.
import { addDays } from './dates.ts';
import { crossRef, docId } from './ids.ts';
import { createRandom } from './random.ts';

/** [subject type, subject slug, subject title, what is wrong, reporter's email if they agreed to be contacted, status] */
const CORRECTIONS = [
  ['service', 'autism-friendly-swimming', 'Autism-friendly swimming at Central Pool', 'The Sunday session has moved to 4:30pm since the pool timetable changed.', 'swim.parent@example.com', 'resolved'],
  ['service', 'portage-home-visiting', 'Portage home visiting', 'The referral form link goes to an old page.', undefined, 'in-progress'],
  ['service', 'inclusive-youth-club', 'Inclusive youth club: Central', 'The club now costs £3 a session, not £2.', undefined, 'new'],
  ['service', 'childrens-wheelchair-service', "Children's wheelchair service", 'The mobility centre is now open on Saturday mornings as well.', 'wheels@example.com', 'new'],
  ['service', 'sensory-story-time', 'Sensory story time at the library', 'Story time is on Friday mornings now, not Saturday.', undefined, 'resolved'],
  ['guide', 'travel-assistance-to-school-and-college', 'Help with travel to school and college', 'The post-16 policy statement for this year is not linked.', undefined, 'in-progress'],
  ['service', 'disability-football-club', 'Pan-disability football club', 'The club does not run in August.', 'coach.volunteer@example.com', 'new'],
  ['guide', 'short-breaks', 'Short breaks for disabled children and their families', 'This page still talks about the old short breaks statement.', undefined, 'new'],
] as const;

/** [path, useful, what was wrong] */
const PAGE_FEEDBACK = [
  ['/', true, undefined],
  ['/local-offer/early-years/', true, undefined],
  ['/local-offer/primary/', false, 'I could not find anything about after-school clubs.'],
  ['/local-offer/secondary/', true, undefined],
  ['/local-offer/preparing-for-adulthood/', false, 'Too many services that are not really for adults.'],
  ['/services/westmoor-sendiass/', true, undefined],
  ['/services/portage-home-visiting/', true, undefined],
  ['/services/camhs/', false, 'It does not say how long the wait is.'],
  ['/guides/requesting-an-ehc-needs-assessment/', true, undefined],
  ['/guides/complaints-mediation-and-tribunal-appeals/', true, undefined],
  ['/glossary/', true, undefined],
  ['/plan/', false, 'The charts are hard to read on my phone.'],
  ['/plan/priority-action-4/', true, undefined],
  ['/you-said-we-did/', true, undefined],
  ['/have-your-say/', true, undefined],
  ['/search/', false, 'Searching for dyslexia found nothing useful.'],
] as const;

export function correctionReportDocuments(seed: number, today: string) {
  const rng = createRandom(seed, 'corrections');
  return CORRECTIONS.map(([type, subject, title, whatIsWrong, email, status], i) => ({
    _id: docId('correctionReport', String(i + 1).padStart(4, '0')),
    _type: 'correctionReport' as const,
    subject: crossRef(docId(type, subject)),
    subjectTitle: title,
    whatIsWrong,
    ...(email ? { email } : {}),
    consentToContact: Boolean(email),
    // Resolved reports are older; new ones arrived in the last few weeks.
    createdAt: `${addDays(today, -(status === 'new' ? rng.int(1, 20) : rng.int(25, 120)))}T${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`,
    status,
  }));
}

export function pageFeedbackDocuments(seed: number, today: string) {
  const rng = createRandom(seed, 'page-feedback');
  return PAGE_FEEDBACK.map(([path, useful, whatWasWrong], i) => ({
    _id: docId('pageFeedback', String(i + 1).padStart(4, '0')),
    _type: 'pageFeedback' as const,
    path,
    useful,
    ...(whatWasWrong ? { whatWasWrong } : {}),
    createdAt: `${addDays(today, -rng.int(1, 90))}T${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`,
  }));
}
