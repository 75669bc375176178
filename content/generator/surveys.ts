// The two Have your say surveys: one for parents and carers, one in easy read for young people.
import { DONT_KNOW, type QuestionType } from '../../src/model/survey.ts';
import { keyOf, refItems, slug } from './ids.ts';
import { MEASURES, measureId, surveyId, type SurveyKey } from './measures.ts';
import { LOCALITIES } from './geography.ts';
import { NEEDS } from './taxonomy.ts';
import { areaId } from './plan.ts';
import { portableText } from './portable-text.ts';

export interface OptionSpec {
  value: string;
  label: string;
  symbol?: string;
}
export interface QuestionSpec {
  key: string;
  type: QuestionType;
  label: string;
  hint?: string;
  required?: boolean;
  /** For required questions: the GOV.UK-style message when it is not answered. */
  errorMessage?: string;
  options?: OptionSpec[];
  maxLength?: number;
  allowDontKnow?: boolean;
  showIf?: { questionKey: string; equals: string };
  positiveValues?: string[];
}

/** The answer stored when someone picks "Don't know" or "Prefer not to say" (defined by the model). */
export { DONT_KNOW };

const AGREE: OptionSpec[] = [
  { value: '1', label: 'Strongly disagree' },
  { value: '2', label: 'Disagree' },
  { value: '3', label: 'Neither agree nor disagree' },
  { value: '4', label: 'Agree' },
  { value: '5', label: 'Strongly agree' },
];
const FACES = ['😞', '🙁', '😐', '🙂', '😀'];
const faces = (labels: string[]): OptionSpec[] => labels.map((label, i) => ({ value: String(i + 1), label, symbol: FACES[i] }));
const YES_NO: OptionSpec[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export const PARENT_QUESTIONS: readonly QuestionSpec[] = [
  { key: 'age-phase', type: 'age-phase', label: 'How old is the child or young person you are telling us about?', required: true, errorMessage: 'Select how old the child or young person is', options: [
    { value: 'early-years', label: 'Under 5 (early years)' },
    { value: 'primary', label: '5 to 11 (primary)' },
    { value: 'secondary', label: '11 to 18 (secondary)' },
    { value: 'preparing-for-adulthood', label: '16 to 25 (preparing for adulthood)' },
  ] },
  { key: 'needs', type: 'multiple-choice', label: 'What are their main needs?', hint: 'Choose all that apply. They do not need a diagnosis.', options: [...NEEDS.map(([value, label]) => ({ value, label })), { value: 'other', label: 'Something else' }] },
  { key: 'area', type: 'single-choice', label: 'Which part of Westmoor do you live in?', allowDontKnow: true, options: LOCALITIES.map((l) => ({ value: keyOf(l).toLowerCase(), label: l })) },
  { key: 'listened-to', type: 'scale', label: 'Professionals listen to me and my child.', hint: 'Think about the last 12 months.', required: true, errorMessage: 'Select how much you agree that professionals listen to you and your child', options: AGREE, positiveValues: ['4', '5'] },
  { key: 'information-easy-to-find', type: 'scale', label: 'It is easy to find information about support in Westmoor.', options: AGREE, positiveValues: ['4', '5'] },
  { key: 'needs-met-school', type: 'scale', label: 'My child’s nursery, school or college meets their needs.', allowDontKnow: true, options: AGREE, positiveValues: ['4', '5'] },
  { key: 'has-ehcp', type: 'yes-no', label: 'Does your child have an education, health and care (EHC) plan?', allowDontKnow: true, options: YES_NO },
  { key: 'review-involved', type: 'scale', label: 'I was fully involved in my child’s last annual review.', showIf: { questionKey: 'has-ehcp', equals: 'yes' }, options: AGREE, positiveValues: ['4', '5'] },
  { key: 'waiting-for', type: 'multiple-choice', label: 'Is your child waiting for any of these?', options: [
    { value: 'autism-assessment', label: 'An autism assessment' },
    { value: 'adhd-assessment', label: 'An ADHD assessment' },
    { value: 'speech-and-language-therapy', label: 'Speech and language therapy' },
    { value: 'occupational-therapy', label: 'Occupational therapy' },
    { value: 'camhs', label: 'Mental health support (CAMHS)' },
    { value: 'ehc-needs-assessment', label: 'An EHC needs assessment' },
    { value: 'none', label: 'None of these' },
  ] },
  { key: 'support-used', type: 'multiple-choice', label: 'Which of these have you used in the last year?', options: [
    { value: 'local-offer-website', label: 'The Local Offer website' },
    { value: 'sendiass', label: 'Westmoor SENDIASS' },
    { value: 'parent-carer-forum', label: 'Westmoor Parent Carer Forum' },
    { value: 'family-hub', label: 'A family hub' },
    { value: 'short-breaks', label: 'Short breaks' },
    { value: 'none', label: 'None of these' },
  ] },
  { key: 'overall-experience', type: 'single-choice', label: 'Overall, how would you describe your experience of SEND support in the last 12 months?', required: true, errorMessage: 'Select how you would describe your experience of SEND support', options: [
    { value: 'very-good', label: 'Very good' },
    { value: 'good', label: 'Good' },
    { value: 'mixed', label: 'Mixed' },
    { value: 'poor', label: 'Poor' },
    { value: 'very-poor', label: 'Very poor' },
  ], positiveValues: ['very-good', 'good'] },
  { key: 'what-works', type: 'long-text', label: 'What is working well for your family?', hint: 'Please do not include names or anything that could identify you or your child.', maxLength: 1500 },
  { key: 'what-to-change', type: 'long-text', label: 'What one thing would make the biggest difference?', hint: 'Please do not include names or anything that could identify you or your child.', maxLength: 1500 },
  { key: 'missing-from-local-offer', type: 'short-text', label: 'Is there a service you looked for on the Local Offer but could not find?', maxLength: 200 },
];

export const YOUNG_PEOPLE_QUESTIONS: readonly QuestionSpec[] = [
  { key: 'age-phase', type: 'age-phase', label: 'How old are you?', required: true, errorMessage: 'Select how old you are', options: [
    { value: 'secondary', label: '11 to 15' },
    { value: 'preparing-for-adulthood', label: '16 to 25' },
  ] },
  { key: 'feel-at-school', type: 'symbol-scale', label: 'How do you feel at school or college?', options: faces(['Very unhappy', 'Unhappy', 'OK', 'Happy', 'Very happy']), positiveValues: ['4', '5'] },
  { key: 'adults-listen', type: 'symbol-scale', label: 'Do adults listen to you?', hint: 'Think about teachers, doctors and other workers.', required: true, errorMessage: 'Select how often adults listen to you', options: faces(['Never', 'Not often', 'Sometimes', 'Most of the time', 'Always']), positiveValues: ['4', '5'] },
  { key: 'ready-for-future', type: 'symbol-scale', label: 'How do you feel about what comes next for you?', hint: 'For example, a new school, college or a job.', options: faces(['Very worried', 'Worried', 'Not sure', 'Ready', 'Very ready']), positiveValues: ['4', '5'] },
  { key: 'things-to-do', type: 'yes-no', label: 'Are there enough fun things to do after school and in the holidays?', allowDontKnow: true, options: YES_NO },
  { key: 'would-like-to-do', type: 'short-text', label: 'What would you like to do?', showIf: { questionKey: 'things-to-do', equals: 'no' }, maxLength: 200 },
  { key: 'activities', type: 'multiple-choice', label: 'What do you like doing?', hint: 'Choose as many as you like.', options: [
    { value: 'sport', label: 'Sport', symbol: '⚽' },
    { value: 'music', label: 'Music', symbol: '🎵' },
    { value: 'art', label: 'Art and making things', symbol: '🎨' },
    { value: 'gaming', label: 'Gaming', symbol: '🎮' },
    { value: 'youth-club', label: 'Youth club', symbol: '🏠' },
    { value: 'swimming', label: 'Swimming', symbol: '🏊' },
    { value: 'outdoors', label: 'Being outside', symbol: '🌳' },
    { value: 'cooking', label: 'Cooking', symbol: '🍳' },
  ] },
  { key: 'help-from', type: 'single-choice', label: 'Who helps you most?', allowDontKnow: true, options: [
    { value: 'family', label: 'My family', symbol: '👪' },
    { value: 'teacher', label: 'A teacher', symbol: '🧑‍🏫' },
    { value: 'teaching-assistant', label: 'A teaching assistant', symbol: '🤝' },
    { value: 'friend', label: 'A friend', symbol: '🧑‍🤝‍🧑' },
    { value: 'youth-worker', label: 'A youth worker', symbol: '🙋' },
    { value: 'someone-else', label: 'Someone else', symbol: '💬' },
  ] },
  { key: 'one-change', type: 'long-text', label: 'What one thing would make things better for you?', hint: 'Do not write your name.', maxLength: 500 },
];

export const SURVEYS: Record<SurveyKey, {
  title: string; slug: string; audience: SurveyKey; easyRead: boolean; intro: string;
  opensAt: string; closesAt: string; questions: readonly QuestionSpec[]; areas: string[];
}> = {
  'parents-carers': {
    title: 'Tell us about your family’s experience of SEND support',
    slug: 'parents-and-carers',
    audience: 'parents-carers',
    easyRead: false,
    intro: 'This survey is for parents and carers of children and young people aged 0 to 25 with special educational needs and disabilities (SEND) in Westmoor. It takes about 10 minutes. You do not have to give your name. We publish what you tell us, and what we do about it, on the You said, we did page.',
    opensAt: '2024-01-08T09:00:00Z',
    closesAt: '2027-01-31T23:59:00Z',
    questions: PARENT_QUESTIONS,
    areas: ['pa1', 'pa4', 'r1', 'r2'],
  },
  'young-people': {
    title: 'Tell us what it is like for you',
    slug: 'young-people',
    audience: 'young-people',
    easyRead: true,
    intro: 'This survey is for young people aged 11 to 25. It is about school, college, help and fun things to do. It takes about 5 minutes. You do not have to give your name. You can stop at any time.',
    opensAt: '2024-02-05T09:00:00Z',
    closesAt: '2027-02-26T23:59:00Z',
    questions: YOUNG_PEOPLE_QUESTIONS,
    areas: ['pa1', 'r4'],
  },
};

const PARENT_PRIVACY = portableText([
  'Westmoor City Council runs this survey to improve SEND services and to check the SEND Improvement Plan. We do this as part of our public task under the Children and Families Act 2014.',
  { bullets: [
    'You do not have to give your name, and we do not record your IP address.',
    'Please do not write names or details that could identify you or your child. If you do, we remove them before anyone reads your answer.',
    'We only publish figures for groups of 10 or more people, and only publish quotes the comms team has checked.',
    'You get a receipt code when you finish. Use it if you want us to delete your answers.',
  ] },
  'Read the full [privacy notice](/privacy/) to find out how long we keep answers and your rights.',
]);

const YOUNG_PEOPLE_PRIVACY = portableText([
  'We want to know what you think.',
  { bullets: [
    'You do not have to give your name.',
    'Do not write your name or anyone else’s name.',
    'We will not tell anyone it was you.',
    'You can skip any question.',
    'You get a code at the end. Keep it if you want us to delete your answers later.',
  ] },
  'Adults at the council read the answers. They use them to make things better. [Read more about your privacy](/privacy/).',
]);

function question(q: QuestionSpec) {
  return {
    _key: q.key,
    key: q.key,
    type: q.type,
    label: q.label,
    ...(q.hint ? { hint: q.hint } : {}),
    required: q.required ?? false,
    ...(q.errorMessage ? { errorMessage: q.errorMessage } : {}),
    options: (q.options ?? []).map((o) => ({ _key: o.value, ...o })),
    ...(q.maxLength ? { maxLength: q.maxLength } : {}),
    allowDontKnow: q.allowDontKnow ?? false,
    ...(q.showIf ? { showIf: q.showIf } : {}),
    positiveValues: q.positiveValues ?? [],
  };
}

export function surveyDocuments() {
  return (Object.keys(SURVEYS) as SurveyKey[]).map((key) => {
    const s = SURVEYS[key];
    return {
      _id: surveyId(key),
      _type: 'survey' as const,
      title: s.title,
      slug: slug(s.slug),
      audience: s.audience,
      easyRead: s.easyRead,
      intro: s.intro,
      privacyNotice: key === 'young-people' ? YOUNG_PEOPLE_PRIVACY : PARENT_PRIVACY,
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      questions: s.questions.map(question),
      areas: refItems(s.areas.map(areaId)),
      measures: refItems(MEASURES.filter((m) => 'survey' in m.source && m.source.survey === key).map((m) => measureId(m.slug))),
    };
  });
}
