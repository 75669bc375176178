// Impact measures: what the board watches, with baselines, targets and the figures reported each quarter or year.
import { addDays, daysBetween, quarterEnds } from './dates.ts';
import { docId, keyOf, slug } from './ids.ts';
import { areaId } from './plan.ts';
import { createRandom } from './random.ts';

export type SurveyKey = 'parents-carers' | 'young-people';

export interface MeasureSpec {
  slug: string;
  area: string;
  title: string;
  description: string;
  unit: 'percent' | 'number' | 'days' | 'weeks';
  direction: 'higher-is-better' | 'lower-is-better';
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  /** How far from baseline to target the figure has moved by its target date, or by 23 November 2026 if that
   * comes first (1 = target met exactly; below 0, worse than the baseline). */
  achieved: number;
  /** Data measures: where the figures come from and how often. Survey measures: the questions they count. */
  source: { data: string; cadence: 'quarterly' | 'yearly'; cumulative?: boolean } | { survey: SurveyKey; question: string };
}

const q = (survey: SurveyKey, question: string) => ({ survey, question });

export const MEASURES: readonly MeasureSpec[] = [
  { slug: 'parents-who-feel-listened-to', area: 'pa1', title: 'Parents and carers who feel listened to', description: 'Parents and carers who agree or strongly agree that professionals listen to them and their child.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 34, date: '2024-03-31' }, target: { value: 60, date: '2027-03-31' }, achieved: 0.7, source: q('parents-carers', 'listened-to') },
  { slug: 'young-people-who-feel-listened-to', area: 'pa1', title: 'Young people who say adults listen to them', description: 'Young people who say adults listen to them most of the time or always.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 41, date: '2024-03-31' }, target: { value: 65, date: '2027-03-31' }, achieved: 0.6, source: q('young-people', 'adults-listen') },
  { slug: 'ehc-plans-issued-within-20-weeks', area: 'pa1', title: 'EHC plans issued within 20 weeks', description: 'New education, health and care plans issued within the 20-week legal time limit, excluding exceptions.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 18.5, date: '2023-09-30' }, target: { value: 60, date: '2026-12-31' }, achieved: 0.85, source: { data: 'Westmoor City Council SEND case management system (quarterly), matching the national SEN2 return', cadence: 'quarterly' } },
  { slug: 'health-and-social-care-advice-within-6-weeks', area: 'pa2', title: 'Health and social care advice returned within 6 weeks', description: 'Requests for health and social care advice for EHC needs assessments answered within the 6 weeks the law allows.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 42, date: '2023-09-30' }, target: { value: 90, date: '2026-09-30' }, achieved: 0.72, source: { data: 'SEND case management system and NHS Westmoor ICB designated clinical officer returns', cadence: 'quarterly' } },
  { slug: 'needs-identified-before-school', area: 'pa2', title: 'Children with SEND first identified before starting school', description: 'Reception pupils with SEN whose needs were first recorded before they started school.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 38, date: '2023-12-31' }, target: { value: 55, date: '2026-12-31' }, achieved: 0.6, source: { data: 'School census and early years SEN records', cadence: 'yearly' } },
  { slug: 'suspensions-of-pupils-with-an-ehc-plan', area: 'pa3', title: 'Suspensions of pupils with an EHC plan', description: 'Suspensions (fixed-term exclusions) of pupils with an EHC plan in Westmoor schools, per term.', unit: 'number', direction: 'lower-is-better', baseline: { value: 412, date: '2023-07-31' }, target: { value: 250, date: '2026-07-31' }, achieved: 0.7, source: { data: 'Westmoor exclusions notifications from schools', cadence: 'quarterly' } },
  { slug: 'permanent-exclusions-of-pupils-with-an-ehc-plan', area: 'pa3', title: 'Permanent exclusions of pupils with an EHC plan', description: 'Permanent exclusions of pupils with an EHC plan in the school year.', unit: 'number', direction: 'lower-is-better', baseline: { value: 9, date: '2023-07-31' }, target: { value: 2, date: '2026-07-31' }, achieved: 1, source: { data: 'Westmoor exclusions notifications from schools', cadence: 'yearly' } },
  { slug: 'waiting-children-with-a-risk-assessment', area: 'pa4', title: 'Children on health waiting lists with a risk assessment', description: 'Children waiting for community paediatrics, therapies or CAMHS whose needs have been risk-assessed and recorded.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 0, date: '2023-10-31' }, target: { value: 100, date: '2024-06-30' }, achieved: 0.97, source: { data: 'NHS Westmoor ICB waiting list reports', cadence: 'quarterly' } },
  { slug: 'wait-for-an-autism-assessment', area: 'pa4', title: 'Average wait for an autism assessment', description: 'Average time from referral to the end of an autism assessment for children and young people under 18.', unit: 'weeks', direction: 'lower-is-better', baseline: { value: 96, date: '2023-09-30' }, target: { value: 40, date: '2026-06-30' }, achieved: 0.68, source: { data: 'Westmoor University Hospitals neurodevelopmental pathway reports', cadence: 'quarterly' } },
  { slug: 'short-breaks-reviewed-within-12-months', area: 'pa5', title: 'Short breaks packages reviewed within 12 months', description: 'Children receiving assessed short breaks whose package has been reviewed in the last 12 months.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 47, date: '2023-09-30' }, target: { value: 95, date: '2025-03-31' }, achieved: 0.95, source: { data: 'Children’s social care case records', cadence: 'quarterly' } },
  { slug: 'children-placed-at-a-distance-visited', area: 'pa5', title: 'Children placed out of area visited every 6 weeks', description: 'Children with SEND in residential special schools or children’s homes outside Westmoor visited by their social worker at least every 6 weeks.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 62, date: '2023-08-31' }, target: { value: 100, date: '2024-03-31' }, achieved: 1, source: { data: 'Children’s social care case records', cadence: 'quarterly' } },
  { slug: 'health-and-development-reviews-at-2', area: 'r1', title: 'Health and development reviews at 2 to 2½ years', description: 'Children who had their Healthy Child Programme review by age 2½.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 71.2, date: '2023-09-30' }, target: { value: 90, date: '2026-03-31' }, achieved: 0.8, source: { data: 'Westmoor Community Health NHS Trust health visiting returns', cadence: 'quarterly' } },
  { slug: 'parents-confident-school-meets-needs', area: 'r1', title: 'Parents confident their child’s school meets their needs', description: 'Parents and carers who agree or strongly agree that their child’s school or setting meets their needs.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 39, date: '2024-03-31' }, target: { value: 60, date: '2027-03-31' }, achieved: 0.55, source: q('parents-carers', 'needs-met-school') },
  { slug: 'wait-for-speech-and-language-therapy', area: 'r2', title: 'Average wait for a first speech and language therapy appointment', description: 'Average weeks from referral to first appointment in children’s speech and language therapy.', unit: 'weeks', direction: 'lower-is-better', baseline: { value: 31, date: '2023-09-30' }, target: { value: 18, date: '2025-09-30' }, achieved: 1.08, source: { data: 'Westmoor Community Health NHS Trust', cadence: 'quarterly' } },
  { slug: 'wait-for-an-adhd-assessment', area: 'r2', title: 'Average wait for an ADHD assessment', description: 'Average time from referral to the end of an ADHD assessment for children and young people under 18.', unit: 'weeks', direction: 'lower-is-better', baseline: { value: 64, date: '2023-09-30' }, target: { value: 40, date: '2027-03-31' }, achieved: -0.35, source: { data: 'Westmoor University Hospitals neurodevelopmental pathway reports', cadence: 'quarterly' } },
  { slug: 'wait-for-camhs', area: 'r2', title: 'Average wait from referral to first CAMHS appointment', description: 'Average days from referral to first appointment with CAMHS, excluding urgent referrals seen within 24 hours.', unit: 'days', direction: 'lower-is-better', baseline: { value: 142, date: '2023-09-30' }, target: { value: 70, date: '2027-03-31' }, achieved: 0.5, source: { data: 'Westmoor Mental Health NHS Foundation Trust', cadence: 'quarterly' } },
  { slug: 'practitioners-trained-in-send', area: 'r3', title: 'Practitioners who have completed SEND core training', description: 'Education, health and social care practitioners who have completed the partnership’s SEND core training (running total).', unit: 'number', direction: 'higher-is-better', baseline: { value: 0, date: '2024-01-31' }, target: { value: 2500, date: '2026-03-31' }, achieved: 1.02, source: { data: 'Westmoor SEND partnership learning records', cadence: 'quarterly', cumulative: true } },
  { slug: 'specialist-places-in-westmoor', area: 'r4', title: 'Specialist school places in Westmoor', description: 'Places in special schools and resource bases in Westmoor each September.', unit: 'number', direction: 'higher-is-better', baseline: { value: 812, date: '2023-09-01' }, target: { value: 1000, date: '2027-09-01' }, achieved: 0.55, source: { data: 'SEND sufficiency plan', cadence: 'yearly' } },
  { slug: 'young-people-ready-for-adult-life', area: 'r4', title: 'Young people who feel ready for what comes next', description: 'Young people who feel ready (happy or very happy) about what comes next for them.', unit: 'percent', direction: 'higher-is-better', baseline: { value: 30, date: '2024-03-31' }, target: { value: 50, date: '2027-03-31' }, achieved: 0.5, source: q('young-people', 'ready-for-future') },
  { slug: 'young-people-with-send-not-in-education-or-work', area: 'r4', title: '16 and 17 year olds with SEND not in education, employment or training', description: 'Young people aged 16 and 17 with SEND who are not in education, employment or training (NEET), or whose activity is not known.', unit: 'percent', direction: 'lower-is-better', baseline: { value: 6.8, date: '2023-12-31' }, target: { value: 4, date: '2026-12-31' }, achieved: 0.75, source: { data: 'Westmoor client caseload information system', cadence: 'yearly' } },
];

export const measureId = (s: string) => docId('impactMeasure', s);
export const surveyId = (s: SurveyKey) => docId('survey', s);

/** The date the sample was written for: `achieved` describes the figures as they stood then. */
const ANCHOR = '2026-11-23';

/** Where a measure's path stands on a date, as a fraction of the way from baseline to target. */
function progressAt(m: MeasureSpec, date: string): number {
  const end = m.target.date < ANCHOR ? m.target.date : ANCHOR;
  const t = Math.max(0, daysBetween(m.baseline.date, date) / daysBetween(m.baseline.date, end));
  // Change is slow in the first months and then picks up (an S-curve); after that the figure holds, except a
  // running total, which keeps growing gently.
  const cumulative = 'data' in m.source && m.source.cumulative === true;
  const shaped = t <= 1 ? t * t * (3 - 2 * t) : 1 + (cumulative ? (t - 1) * 0.3 : 0);
  return m.achieved * shaped;
}

/** The share of positive answers the response generator aims for at a date, for a survey measure's question. */
export function designedPositiveShare(survey: SurveyKey, question: string, date: string): number | undefined {
  const m = MEASURES.find((x) => 'survey' in x.source && x.source.survey === survey && x.source.question === question);
  if (!m) return undefined;
  return (m.baseline.value + (m.target.value - m.baseline.value) * progressAt(m, date)) / 100;
}

function round(unit: MeasureSpec['unit'], value: number): number {
  if (unit === 'percent') return Math.min(100, Math.max(0, Math.round(value * 10) / 10));
  return Math.max(0, Math.round(value));
}

function dataPoints(m: MeasureSpec, seed: number, today: string) {
  const source = m.source;
  if (!('data' in source)) return [];
  const rng = createRandom(seed, `measure:${m.slug}`);
  // Figures arrive about three weeks after the period they describe.
  const lastDate = addDays(today, -21);
  const yearly = source.cadence === 'yearly';
  const dates = quarterEnds(addDays(m.baseline.date, 1), lastDate).filter((d) => !yearly || isAnniversary(m, d));
  const span = Math.abs(m.target.value - m.baseline.value);
  let previous = m.baseline.value;
  return dates.map((date) => {
    const ideal = m.baseline.value + (m.target.value - m.baseline.value) * progressAt(m, date);
    let value = round(m.unit, ideal + (rng.next() - 0.5) * span * 0.08);
    if (source.cumulative) value = Math.max(value, previous);
    previous = value;
    return { _key: keyOf(date), date, value };
  });
}

/** Yearly figures fall on the quarter end that follows each anniversary of the baseline. */
function isAnniversary(m: MeasureSpec, date: string): boolean {
  const quarterEndMonth = Math.ceil(Number(m.baseline.date.slice(5, 7)) / 3) * 3;
  return Number(date.slice(5, 7)) === quarterEndMonth && daysBetween(m.baseline.date, date) >= 300;
}

export function measureDocuments(seed: number, today: string) {
  return MEASURES.map((m) => ({
    _id: measureId(m.slug),
    _type: 'impactMeasure' as const,
    area: { _type: 'reference' as const, _ref: areaId(m.area) },
    title: m.title,
    slug: slug(m.slug),
    description: m.description,
    unit: m.unit,
    direction: m.direction,
    baseline: m.baseline,
    target: m.target,
    source: 'data' in m.source ? ('data' as const) : ('survey' as const),
    sourceNote: 'data' in m.source ? m.source.data : 'Worked out from answers to the Have your say survey, each quarter.',
    dataPoints: dataPoints(m, seed, today),
    surveyQuestions:
      'survey' in m.source
        ? [{ _key: keyOf(`${m.source.survey}-${m.source.question}`), survey: { _type: 'reference' as const, _ref: surveyId(m.source.survey) }, questionKey: m.source.question }]
        : [],
  }));
}
