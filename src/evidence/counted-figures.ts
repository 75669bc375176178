// Survey figures in Sanity mode, where there are no running totals: each quarter that has ended is counted once, with
// count() queries, and kept as publishedQuarter documents (frozen, shared by every server); only the quarter under
// way is counted on each refresh. No response is ever downloaded.
import { z } from 'zod';
import type { PublishedQuarter } from '../model/index.ts';
import { defineQuery, runQuery } from '../queries/define.ts';
import type { ContentStore } from '../store/port.ts';
import type { MeasureFigures } from './aggregate.ts';
import { countQuery, type CountQuery } from './count-query.ts';
import { evidenceSurveysQuery } from './load.ts';
import { publishedQuarterDocument } from './published-quarter.ts';
import { quarterIndex, quarterIndexOfKey, quarterStart } from './quarter.ts';
import { figuresFromTallies, measureLinks, type MeasureForTally, type TallyRow } from './tally.ts';

const publishedQuartersQuery = defineQuery(
  'publishedQuarters',
  '*[_type == "publishedQuarter"]{ measure, quarter, n, positive }',
  z.array(z.object({ measure: z.string(), quarter: z.string(), n: z.number(), positive: z.number() })),
  'feedback',
);

const Counts = z.record(z.string(), z.object({ n: z.number(), positive: z.number() }));


const row = (measure: string, quarter: number, n: number, positive: number): TallyRow => ({ measure, quarter, grouping: 'none', group: 'all', n, positive });

/** Each measure's n and positive among the responses sent in one quarter. */
async function countQuarter(store: ContentStore, query: CountQuery, quarter: number): Promise<TallyRow[]> {
  if (query.measures.length === 0) return [];
  const raw = await store.query(query.groq, { from: quarterStart(quarter), to: quarterStart(quarter + 1) }, { dataset: 'feedback' });
  const counts = Counts.parse(raw);
  return query.measures.map((measure, i) => row(measure, quarter, counts[String(i)]?.n ?? 0, counts[String(i)]?.positive ?? 0));
}

/**
 * Publish every measure's figures for each quarter that has ended and has none yet (from the first response's
 * quarter on), and return all published counts. A deletion after a quarter ends never changes them: erasure calls
 * this first (src/privacy/erase.ts).
 */
export async function publishEndedQuarters(store: ContentStore, measures: readonly MeasureForTally[], now: Date): Promise<TallyRow[]> {
  const query = countQuery(measureLinks(measures, await runQuery(store, evidenceSurveysQuery)));
  return publishWith(store, query, quarterIndex(now.toISOString()), now);
}

async function publishWith(store: ContentStore, query: CountQuery, current: number, now: Date): Promise<TallyRow[]> {
  const rows = (await runQuery(store, publishedQuartersQuery)).map((p) => row(p.measure, quarterIndexOfKey(p.quarter), p.n, p.positive));
  if (query.measures.length === 0) return rows;
  const first = await store.query<string | null>('*[_type == "surveyResponse"] | order(submittedAt asc)[0].submittedAt', {}, { dataset: 'feedback' });
  if (!first) return rows;
  const have = new Set(rows.map((r) => `${r.measure}\u0000${r.quarter}`));
  const toPublish: PublishedQuarter[] = [];
  for (let quarter = quarterIndex(first); quarter < current; quarter++) {
    const missing = query.measures.filter((m) => !have.has(`${m}\u0000${quarter}`));
    if (missing.length === 0) continue;
    for (const { measure, n, positive } of await countQuarter(store, query, quarter)) {
      if (missing.includes(measure)) toPublish.push(publishedQuarterDocument({ measure, quarter, n, positive, publishedAt: now.toISOString() }));
    }
  }
  // Sent together, so they share a transaction. Another server may have published one a moment ago: then its counts
  // are the ones that stand.
  const stored = await Promise.all(toPublish.map((doc) => store.createIfNotExists<'publishedQuarter'>(doc)));
  for (const { document } of stored) rows.push(row(document.measure, quarterIndexOfKey(document.quarter), document.n, document.positive));
  return rows;
}

/** Every measure's ungrouped figures: published quarters as they were published, the current one counted now. */
export async function countedFigures(store: ContentStore, measures: readonly MeasureForTally[], now: Date): Promise<Map<string, MeasureFigures>> {
  const query = countQuery(measureLinks(measures, await runQuery(store, evidenceSurveysQuery)));
  const current = quarterIndex(now.toISOString());
  const rows = [...(await publishWith(store, query, current, now)), ...(await countQuarter(store, query, current))].filter((r) => r.n > 0);
  return new Map(measures.map((m) => [m._id, figuresFromTallies(rows.filter((r) => r.measure === m._id), 'none')]));
}
