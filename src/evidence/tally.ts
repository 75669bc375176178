// Running totals (tallies) of survey evidence: what one response adds or takes away, and the figures from the totals.
import {
  addCount,
  emptyCounts,
  figuresFromCounts,
  groupOf,
  linksBySurvey,
  verdict,
  type GroupBy,
  type Link,
  type MeasureFigures,
  type MeasureLinks,
  type ResponseForEvidence,
  type SurveyForEvidence,
} from './aggregate.ts';
import { quarterIndex } from './quarter.ts';

/** One row of decision 007's `tallies` table: a measure × quarter × grouping × group running total. */
export interface TallyRow {
  measure: string;
  /** quarterIndex: year × 4 + quarter − 1, on the London calendar. */
  quarter: number;
  grouping: GroupBy;
  group: string;
  n: number;
  positive: number;
}

/** Every grouping a response is counted under; the site publishes all three. */
export const GROUPINGS: readonly GroupBy[] = ['none', 'audience', 'agePhase'];

/** What a tally needs of a measure: its id and its links. */
export interface MeasureForTally extends MeasureLinks {
  _id: string;
}

/** Survey id → each measure it feeds and the linked questions, judged once here rather than once per response. */
export type EvidenceLinks = ReadonlyMap<string, readonly { measure: string; links: readonly Link[] }[]>;

export function measureLinks(measures: readonly MeasureForTally[], surveys: readonly SurveyForEvidence[]): EvidenceLinks {
  const out = new Map<string, { measure: string; links: Link[] }[]>();
  for (const measure of measures) {
    for (const [surveyId, links] of linksBySurvey(measure, surveys)) {
      const list = out.get(surveyId) ?? [];
      list.push({ measure: measure._id, links });
      out.set(surveyId, list);
    }
  }
  return out;
}

/** The measures a survey feeds: the ones whose tallies to rebuild when its questions or positive answers change. */
export function measuresFedBy(links: EvidenceLinks, surveyId: string): string[] {
  return (links.get(surveyId) ?? []).map((entry) => entry.measure);
}

/**
 * The rows (n 1, positive 0 or 1) one response adds, by aggregateMeasure's own rules: none for a measure it does
 * not count towards. Taking them away again (sign −1) is how a deleted or moderated response leaves the totals.
 */
export function contributions(response: ResponseForEvidence, links: EvidenceLinks): TallyRow[] {
  const entries = links.get(response.survey._ref);
  if (!entries) return [];
  const rows: TallyRow[] = [];
  let quarter: number | undefined;
  for (const { measure, links: questionLinks } of entries) {
    const positive = verdict(response, questionLinks);
    if (positive === undefined) continue;
    quarter ??= quarterIndex(response.submittedAt);
    for (const grouping of GROUPINGS) {
      rows.push({ measure, quarter, grouping, group: groupOf(response, grouping), n: 1, positive: positive ? 1 : 0 });
    }
  }
  return rows;
}

/** A row's identity in the tallies: the table's primary key. JSON, so no id can run into the next field. */
export function tallyKey(row: Pick<TallyRow, 'measure' | 'quarter' | 'grouping' | 'group'>): string {
  return JSON.stringify([row.measure, row.quarter, row.grouping, row.group]);
}

/**
 * Adds (sign 1) or takes away (sign −1) rows, in memory, as the store does with `INSERT … ON CONFLICT DO UPDATE SET
 * n = n + ?`. A row taken to 0 stays, as it would in the table. A total going below 0 (or positive above n) throws
 * and changes nothing: it means taking away an answer never counted, and figures from it would be silently wrong.
 */
export function applyDelta(tallies: Map<string, TallyRow>, rows: readonly TallyRow[], sign: 1 | -1): void {
  const next = new Map<string, TallyRow>();
  for (const row of rows) {
    const key = tallyKey(row);
    const current = next.get(key) ?? tallies.get(key) ?? { ...row, n: 0, positive: 0 };
    next.set(key, { ...current, n: current.n + sign * row.n, positive: current.positive + sign * row.positive });
  }
  for (const row of next.values()) {
    if (row.n < 0 || row.positive < 0 || row.positive > row.n) throw new RangeError(`tally out of range: ${tallyKey(row)} n ${row.n}, positive ${row.positive}`);
  }
  for (const [key, row] of next) tallies.set(key, row);
}

/**
 * One measure's figures from its tallies: exactly aggregateMeasure's over the same responses, by the same code from
 * the counts on (a row at 0 counts as absent; a group the order does not know counts in its last). Rows of other
 * groupings are passed over, so a measure's rows can come as one query.
 */
export function figuresFromTallies(rows: readonly TallyRow[], groupBy: GroupBy): MeasureFigures {
  const counts = emptyCounts(groupBy);
  for (const row of rows) if (row.grouping === groupBy) addCount(counts, row.quarter, row.group, row.n, row.positive);
  return figuresFromCounts(counts);
}

/** The tallies counted afresh: to rebuild a measure's rows when its links or a survey's positive answers change. */
export function tallyFromScratch(responses: readonly ResponseForEvidence[], links: EvidenceLinks): TallyRow[] {
  const tallies = new Map<string, TallyRow>();
  for (const response of responses) applyDelta(tallies, contributions(response, links), 1);
  return [...tallies.values()];
}
