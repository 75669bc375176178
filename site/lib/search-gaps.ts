// Counting a search that found nothing: only queries made of known words (src/search/search-gaps.ts), and at most
// GAPS_PER_HOUR from one visitor, so a script cannot fill the team's list, or the store, from an anonymous GET.
import { clientKey, createRateLimiter } from '../../src/http/rate-limit.ts';
import { recordSearchGap } from '../../src/search/record-gap.ts';
import { searchGapKey } from '../../src/search/search-gaps.ts';
import { clientAddressOf } from './client.ts';
import { now } from './config.ts';
import { getSearchVocabulary } from './search.ts';
import { getStore } from './store.ts';

export const GAPS_PER_HOUR = 20;
const limiter = createRateLimiter({ capacity: GAPS_PER_HOUR, refillPerSecond: GAPS_PER_HOUR / 3600 });

export async function countSearchGap(context: Parameters<typeof clientAddressOf>[0], query: string): Promise<void> {
  const words = await getSearchVocabulary();
  if (!searchGapKey(query, words)) return;
  if (!limiter.take(clientKey(clientAddressOf(context)))) return;
  await recordSearchGap(await getStore(), query, now(), words);
}
