// An impact measure's figures from survey answers: per quarter and group, n, % positive and a Wilson 95% interval.
import { AGE_PHASE_SLUGS, DONT_KNOW, SURVEY_AUDIENCES, type Answer, type Question, type SurveyResponse } from '../model/index.ts';
import { quarterFromIndex, quarterIndex } from './quarter.ts';
import { wilsonInterval } from './wilson.ts';

/** Groups with fewer responses than this are never shown as a number ("fewer than 10 responses"). */
export const SUPPRESSION_THRESHOLD = 10;

export type GroupBy = 'none' | 'audience' | 'agePhase';
/** The group of everyone, when not grouping; and of responses that did not say their age phase. */
export const ALL_GROUP = 'all';
export const UNKNOWN_PHASE_GROUP = 'not-known';

/** What the evidence needs of a measure: its links to survey questions (a reference, or the id a query projected). */
export interface MeasureLinks {
  surveyQuestions: { survey: { _ref: string } | string; questionKey: string }[];
}
/** What the evidence needs of a survey: which answers to its questions count as positive. */
export interface SurveyForEvidence {
  _id: string;
  questions: Pick<Question, 'key' | 'positiveValues'>[];
}
/** What the evidence needs of a response: never its free text. */
export interface ResponseForEvidence {
  survey: { _ref: string };
  submittedAt: string;
  audience: SurveyResponse['audience'];
  agePhase?: SurveyResponse['agePhase'];
  answers: Pick<Answer, 'questionKey' | 'choice' | 'choices' | 'score'>[];
}

export interface GroupFigures {
  group: string;
  /** Responses that answered a linked question (not "don't know"). Never print it when suppressed. */
  n: number;
  positive?: number;
  /** % positive, to one decimal place. */
  percent?: number;
  /** The Wilson 95% interval, in percent, to one decimal place. */
  low?: number;
  high?: number;
  suppressed: boolean;
}

export interface PeriodFigures {
  key: string;
  label: string;
  end: string;
  groups: GroupFigures[];
}

export interface MeasureFigures {
  periods: PeriodFigures[];
}

/** One linked question, ready to judge answers by: its key and the answers that count as positive. */
export interface Link {
  questionKey: string;
  positive: ReadonlySet<string>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Linked questions by survey id, in the measure's order; links to a missing survey or question are left out. */
export function linksBySurvey(measure: MeasureLinks, surveys: readonly SurveyForEvidence[]): Map<string, Link[]> {
  const byId = new Map(surveys.map((s) => [s._id, s]));
  const out = new Map<string, Link[]>();
  for (const link of measure.surveyQuestions) {
    const surveyId = typeof link.survey === 'string' ? link.survey : link.survey._ref;
    const question = byId.get(surveyId)?.questions.find((q) => q.key === link.questionKey);
    // A question without positive answers cannot say how many were positive: counting it would only add zeros.
    if (!question || question.positiveValues.length === 0) continue;
    const list = out.get(surveyId) ?? [];
    list.push({ questionKey: link.questionKey, positive: new Set(question.positiveValues) });
    out.set(surveyId, list);
  }
  return out;
}

/**
 * Whether a response counts, and as positive. "Don't know" and "prefer not to say" are left out of n altogether:
 * they are not a negative answer, and counting them would lower the % positive for people who did not give one.
 * A response counts once, for the first linked question it answered, so two linked questions in one survey never
 * count one person twice.
 */
export function verdict(response: ResponseForEvidence, links: readonly Link[]): boolean | undefined {
  for (const link of links) {
    const answer = response.answers.find((a) => a.questionKey === link.questionKey);
    if (!answer) continue;
    if (answer.score !== undefined) return link.positive.has(String(answer.score));
    if (answer.choice !== undefined) {
      if (answer.choice === DONT_KNOW) continue;
      return link.positive.has(answer.choice);
    }
    if (answer.choices !== undefined && answer.choices.length > 0) return answer.choices.some((c) => link.positive.has(c));
  }
  return undefined;
}

/** The group a response counts in, before addCount's fallback for a group the order does not know. */
export function groupOf(response: ResponseForEvidence, groupBy: GroupBy): string {
  if (groupBy === 'audience') return response.audience;
  if (groupBy === 'agePhase') return response.agePhase ?? UNKNOWN_PHASE_GROUP;
  return ALL_GROUP;
}

/** Groups in a fixed order (the model's), whatever order the responses came in. */
export function groupOrder(groupBy: GroupBy): readonly string[] {
  if (groupBy === 'audience') return SURVEY_AUDIENCES;
  if (groupBy === 'agePhase') return [...AGE_PHASE_SLUGS, UNKNOWN_PHASE_GROUP];
  return [ALL_GROUP];
}

/** The published figures for one group: a number only from SUPPRESSION_THRESHOLD responses up. */
export function groupFigures(group: string, n: number, positive: number): GroupFigures {
  if (n < SUPPRESSION_THRESHOLD) return { group, n, suppressed: true };
  const { low, high } = wilsonInterval(positive, n);
  return { group, n, positive, percent: round1((100 * positive) / n), low: round1(100 * low), high: round1(100 * high), suppressed: false };
}

/** n and positive per quarter and group, gathered before the figures are built from them. */
export interface Counts {
  order: readonly string[];
  /** quarter → [n, positive] per group index, flat: filling it runs once per response, 100,000s of times. */
  byQuarter: Map<number, Int32Array>;
  seen: Set<number>;
  first: number;
  last: number;
}

export function emptyCounts(groupBy: GroupBy): Counts {
  return { order: groupOrder(groupBy), byQuarter: new Map(), seen: new Set(), first: Infinity, last: -Infinity };
}

/** Adds n responses (positive of them positive). A group the order does not know counts in its last group. */
export function addCount(counts: Counts, quarter: number, group: string, n: number, positive: number): void {
  // A running total taken back to nothing (every answer in it deleted) must leave no quarter or group behind.
  if (n === 0) return;
  const { order } = counts;
  let row = counts.byQuarter.get(quarter);
  if (!row) counts.byQuarter.set(quarter, (row = new Int32Array(order.length * 2)));
  let g = order.indexOf(group);
  if (g === -1) g = order.length - 1;
  row[g * 2]! += n;
  row[g * 2 + 1]! += positive;
  counts.seen.add(g);
  if (quarter < counts.first) counts.first = quarter;
  if (quarter > counts.last) counts.last = quarter;
}

/**
 * Every quarter from the first counted to the last, so a quarter with none shows as suppressed rather than
 * disappearing from a chart; every group seen in any quarter appears in each, so tables stay rectangular.
 */
export function figuresFromCounts(counts: Counts): MeasureFigures {
  const { order, byQuarter } = counts;
  const groups = [...counts.seen].sort((a, b) => a - b);
  const periods: PeriodFigures[] = [];
  for (let quarter = counts.first; quarter <= counts.last; quarter++) {
    const row = byQuarter.get(quarter);
    periods.push({
      ...quarterFromIndex(quarter),
      groups: groups.map((g) => groupFigures(order[g]!, row?.[g * 2] ?? 0, row?.[g * 2 + 1] ?? 0)),
    });
  }
  return { periods };
}

/** Per quarter (Europe/London) and group, from every response at once; src/evidence/tally.ts keeps the same as running totals. */
export function aggregateMeasure(
  measure: MeasureLinks,
  surveys: readonly SurveyForEvidence[],
  responses: readonly ResponseForEvidence[],
  options: { groupBy?: GroupBy } = {},
): MeasureFigures {
  const groupBy = options.groupBy ?? 'none';
  const links = linksBySurvey(measure, surveys);
  if (links.size === 0) return { periods: [] };
  const counts = emptyCounts(groupBy);
  for (const response of responses) {
    const surveyLinks = links.get(response.survey._ref);
    if (!surveyLinks) continue;
    const positive = verdict(response, surveyLinks);
    if (positive === undefined) continue;
    addCount(counts, quarterIndex(response.submittedAt), groupOf(response, groupBy), 1, positive ? 1 : 0);
  }
  return figuresFromCounts(counts);
}
