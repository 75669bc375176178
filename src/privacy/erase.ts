// Erasing what families sent (decision 007): quotes taken from it come down from every page first, then the store
// deletes it with every copy it keeps. "Delete my answers" and the retention purge both come through here.
import { z } from 'zod';
import { publishEndedQuarters } from '../evidence/counted-figures.ts';
import { keepsRunningTotals } from '../evidence/series-by-measure.ts';
import type { ApprovedQuote } from '../model/index.ts';
import { defineQuery, runQuery } from '../queries/define.ts';
import { quoteKeyPrefix } from '../surveys/moderation.ts';
import type { ContentStore } from '../store/port.ts';

const surveyMeasuresQuery = defineQuery(
  'surveyMeasures',
  '*[_type == "impactMeasure" && source == "survey"]{ _id, "surveyQuestions": coalesce(surveyQuestions[]{ "survey": { "_ref": survey._ref }, questionKey }, []) }',
  z.array(z.object({ _id: z.string(), surveyQuestions: z.array(z.object({ survey: z.object({ _ref: z.string() }), questionKey: z.string() })) })),
);

export interface ErasureReport {
  /** The ids that were there and are gone. */
  erased: string[];
  /** "You said, we did" pages a quote was taken down from. */
  quotesWithdrawnFrom: string[];
}

interface QuotedPage {
  _id: string;
  _rev: string;
  quotes?: ApprovedQuote[];
}

/**
 * `now` says which quarters have ended: their figures are published before anything is deleted, so a deletion never
 * changes a quarter's figures after it has ended (the embedded store does this inside its own erasing transaction).
 */
export async function eraseFeedback(store: ContentStore, ids: readonly string[], reason: string, now: Date): Promise<ErasureReport> {
  if (!keepsRunningTotals(store)) await publishEndedQuarters(store, await runQuery(store, surveyMeasuresQuery), now);
  const prefixes = ids.map(quoteKeyPrefix);
  const quoted = (q: ApprovedQuote) => prefixes.some((p) => q._key.startsWith(p));
  const pages = await store.query<QuotedPage[]>('*[_type == "youSaidWeDid" && count(quotes) > 0]{ _id, _rev, quotes }');
  const withdrawn: string[] = [];
  for (const page of pages) {
    if (!(page.quotes ?? []).some(quoted)) continue;
    // Guarded by revision: a quote added by someone else meanwhile is never overwritten, the erasure just fails loudly.
    await store.patch(page._id, { set: { quotes: page.quotes!.filter((q) => !quoted(q)) }, ifRevisionId: page._rev }, { dataset: 'content' });
    withdrawn.push(page._id);
  }
  const erased = await store.erase(ids, { reason, quoteKeyPrefixes: prefixes });
  return { erased, quotesWithdrawnFrom: withdrawn };
}
