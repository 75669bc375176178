// The evidence tool's data: for each survey-based impact measure, the figures the site publishes (n, % positive,
// Wilson 95% interval, suppression under 10), computed by src/evidence, plus checks on the measure's survey links.
import {
  aggregateMeasure,
  evidenceResponsesQuery,
  surveyMeasureSeries,
  SUPPRESSION_THRESHOLD,
  type GroupBy,
  type MeasureFigures,
  type MeasureForSeries,
  type ResponseForEvidence,
} from '../../src/evidence/index.ts';
import type { MeasureSeries } from '../../src/plan/measure-series.ts';

export { SUPPRESSION_THRESHOLD };

/** Survey-based measures, published versions only, with what the tool shows about them. */
export const EVIDENCE_MEASURES_GROQ = `*[_type == "impactMeasure" && source == "survey" && !(_id in path("drafts.**"))] | order(title asc){
  _id, title, unit, direction, baseline, target, "area": area->title,
  "surveyQuestions": coalesce(surveyQuestions[]{ "survey": survey._ref, questionKey }, [])
}`;
/** Surveys with the question wording and positive answers (public dataset). */
export const EVIDENCE_SURVEYS_GROQ = `*[_type == "survey" && !(_id in path("drafts.**"))]{
  _id, title, "questions": coalesce(questions[]{ key, label, "positiveValues": coalesce(positiveValues, []) }, [])
}`;
/** Responses without free text (private dataset): the same query the site's evidence code uses. */
export const EVIDENCE_RESPONSES_GROQ = evidenceResponsesQuery.groq;

export interface EvidenceMeasure extends MeasureForSeries {
  title: string;
  area?: string;
  surveyQuestions: { survey: string; questionKey: string }[];
}

export interface EvidenceSurvey {
  _id: string;
  title: string;
  questions: { key: string; label?: string; positiveValues: string[] }[];
}

export interface LinkCheck {
  survey: string;
  question: string;
  /** What stops this link giving figures, in plain English; undefined when it is fine. */
  problem?: string;
}

export interface EvidenceRow {
  measure: EvidenceMeasure;
  links: LinkCheck[];
  series: MeasureSeries;
  /** Figures by group (audience or age phase), as the plan pages' tables show them. */
  breakdown: MeasureFigures;
  /** The latest quarter with a published (not suppressed) figure. */
  latest?: MeasureSeries['points'][number];
  /** Responses counted across all quarters. */
  totalCounted: number;
}

export function checkLinks(measure: EvidenceMeasure, surveys: readonly EvidenceSurvey[]): LinkCheck[] {
  if (measure.surveyQuestions.length === 0) return [{ survey: '–', question: '–', problem: 'No survey question is linked, so there are no figures' }];
  return measure.surveyQuestions.map(({ survey, questionKey }) => {
    const s = surveys.find((x) => x._id === survey);
    if (!s) return { survey, question: questionKey, problem: 'The linked survey is missing or not published' };
    const q = s.questions.find((x) => x.key === questionKey);
    if (!q) return { survey: s.title, question: questionKey, problem: `The survey has no question with the key "${questionKey}"` };
    if (q.positiveValues.length === 0) return { survey: s.title, question: q.label ?? questionKey, problem: 'The question has no positive answers set, so nothing can count as positive' };
    return { survey: s.title, question: q.label ?? questionKey };
  });
}

export function evidenceRows(
  measures: readonly EvidenceMeasure[],
  surveys: readonly EvidenceSurvey[],
  responses: readonly ResponseForEvidence[],
  groupBy: Exclude<GroupBy, 'none'> = 'audience',
): EvidenceRow[] {
  const forEvidence = surveys.map((s) => ({ _id: s._id, questions: s.questions.map(({ key, positiveValues }) => ({ key, positiveValues })) }));
  return measures.map((measure) => {
    const series = surveyMeasureSeries(measure, forEvidence, responses);
    const breakdown = aggregateMeasure(measure, forEvidence, responses, { groupBy });
    const totalCounted = aggregateMeasure(measure, forEvidence, responses, { groupBy: 'none' }).periods.reduce((sum, p) => sum + (p.groups[0]?.n ?? 0), 0);
    const latest = [...series.points].reverse().find((p) => !p.suppressed);
    return { measure, links: checkLinks(measure, surveys), series, breakdown, ...(latest ? { latest } : {}), totalCounted };
  });
}

/** "61.2% (55.0 to 67.1)" / "Fewer than 10 responses". */
export function describePoint(point: Pick<MeasureSeries['points'][number], 'value' | 'low' | 'high' | 'suppressed' | 'note'>): string {
  if (point.suppressed || point.value === undefined) return point.note ?? `Fewer than ${SUPPRESSION_THRESHOLD} responses`;
  return `${point.value}% (${point.low} to ${point.high})`;
}

const GROUP_WORDS: Record<string, string> = {
  'parents-carers': 'Parents and carers',
  'young-people': 'Young people',
  'early-years': 'Early years',
  primary: 'Primary',
  secondary: 'Secondary',
  'preparing-for-adulthood': 'Preparing for adulthood',
  'not-known': 'Age phase not given',
  all: 'Everyone',
};
export const groupTitle = (group: string) => GROUP_WORDS[group] ?? group;
