// Pick-lists for the Studio, built from the model's own constants so the choices cannot drift from src/model.
import {
  AGE_PHASE_SLUGS,
  AREA_KINDS,
  Block,
  CO_PRODUCTION_INVOLVEMENT,
  CORRECTION_STATUSES,
  COST_KINDS,
  ImpactMeasure,
  LOCAL_OFFER_TOPICS,
  MEASURE_DIRECTIONS,
  MEASURE_UNITS,
  MODERATION_STATES,
  PROVIDER_KINDS,
  QUESTION_TYPES,
  REFERRAL_ROUTES,
  SCHEDULE2_QUESTIONS,
  SCHOOL_OR_SETTING_KINDS,
  STATUTORY_TOPICS,
  SURVEY_AUDIENCES,
  WEEKDAYS,
  type StatutoryTopic,
} from '../../src/model/index.ts';

export { AGE_PHASE_SLUGS, SCHEDULE2_QUESTIONS, SCHOOL_OR_SETTING_KINDS };

export interface ListOption<T extends string = string> {
  title: string;
  value: T;
}

type Member<T extends readonly string[]> = T[number];

/** Titles are keyed by the model's own union types, so a value added in src/model fails typecheck until titled here. */
function list<const T extends readonly string[]>(values: T, titles: Record<Member<T>, string>): ListOption<Member<T>>[] {
  return values.map((value: Member<T>) => ({ value, title: titles[value] }));
}

export function titleOf(options: readonly ListOption[], value: string | undefined): string {
  return options.find((o) => o.value === value)?.title ?? value ?? '';
}

export const providerKinds = list(PROVIDER_KINDS, {
  'local-authority': 'Local authority (the council)',
  nhs: 'NHS',
  'early-years-setting': 'Early years setting',
  'maintained-school': 'Maintained school or unit',
  academy: 'Academy or free school',
  'special-school': 'Special school',
  'non-maintained-special-school': 'Non-maintained special school',
  'post-16-institution': 'Post-16 institution (college, sixth form)',
  'independent-specialist-provider': 'Independent specialist provider',
  'alternative-provision': 'Alternative provision or pupil referral unit',
  'voluntary-community': 'Voluntary or community organisation',
  private: 'Private business',
});

export const costKinds = list(COST_KINDS, { free: 'Free', paid: 'Paid', 'free-and-paid': 'Some parts free, some paid' });

export const referralRoutes = list(REFERRAL_ROUTES, {
  'self-referral': 'Families can contact the service themselves',
  gp: 'Through a GP',
  'health-visitor': 'Through a health visitor',
  'school-or-setting': 'Through a school, college or setting',
  'social-worker': 'Through a social worker',
  'other-professional': 'Through another professional',
  'ehc-plan': 'Named in an EHC plan',
});

export const weekdays = list(WEEKDAYS, {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
});

export const statutoryTopics: ListOption<StatutoryTopic>[] = (Object.keys(STATUTORY_TOPICS) as StatutoryTopic[]).map(
  (value) => ({ value, title: STATUTORY_TOPICS[value] }),
);

export const areaKinds = list(AREA_KINDS, { 'priority-action': 'Area for priority action', recommendation: 'Recommendation' });

export const coProductionInvolvement = list(CO_PRODUCTION_INVOLVEMENT, {
  'co-produced': 'Co-produced with them',
  reviewed: 'Reviewed by them',
  consulted: 'Consulted',
});

export const measureUnits = list(MEASURE_UNITS, { percent: 'Per cent', number: 'Number', days: 'Days', weeks: 'Weeks' });

export const measureDirections = list(MEASURE_DIRECTIONS, {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
});

// src/model has no exported constant for this enum yet, so read it from the zod schema itself.
export const measureSources = list(ImpactMeasure.shape.source.options, {
  data: 'A named data source (figures entered below)',
  survey: 'Survey answers (calculated from responses)',
});

export const surveyAudiences = list(SURVEY_AUDIENCES, {
  'parents-carers': 'Parents and carers',
  'young-people': 'Children and young people',
});

export const questionTypes = list(QUESTION_TYPES, {
  scale: 'Scale of 1 to 5',
  'symbol-scale': 'Scale of 1 to 5 with symbols (easy read)',
  'single-choice': 'Choose one',
  'multiple-choice': 'Choose all that apply',
  'yes-no': 'Yes or no',
  'short-text': 'Short text',
  'long-text': 'Long text',
  'age-phase': 'Age phase',
});

export const moderationStates = list(MODERATION_STATES, {
  pending: 'Waiting for moderation',
  approved: 'Approved for publication',
  rejected: 'Not for publication',
});

export const localOfferTopics = list(LOCAL_OFFER_TOPICS, {
  'content-and-gaps': 'Content, quality and gaps in provision',
  'accessibility-of-information': 'Accessibility of the information',
  'how-it-was-developed': 'How the Local Offer was developed or reviewed',
});

export const correctionStatuses = list(CORRECTION_STATUSES, {
  new: 'New',
  'in-progress': 'In progress',
  resolved: 'Resolved',
});

// Portable Text: the block styles and list types the zod Block allows, read from its enums.
export const blockStyles = list(Block.shape.style.unwrap().options, {
  normal: 'Paragraph',
  h2: 'Heading',
  h3: 'Subheading',
  blockquote: 'Quote',
});

export const blockLists = list(Block.shape.listItem.unwrap().options, { bullet: 'Bulleted list', number: 'Numbered list' });

export const agePhaseSlugs = list(AGE_PHASE_SLUGS, {
  'early-years': 'Early years (0 to 5)',
  primary: 'Primary (5 to 11)',
  secondary: 'Secondary (11 to 18)',
  'preparing-for-adulthood': 'Preparing for adulthood (16 to 25)',
});
