// Counts a search that found nothing, in the private feedback dataset.
import { createHash } from 'node:crypto';
import type { ContentStore } from '../store/port.ts';
import { searchGapKey } from './search-gaps.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Whether it was kept: only queries of known words are (searchGapKey). */
export async function recordSearchGap(store: ContentStore, query: string, now: Date, words: Vocabulary): Promise<boolean> {
  const key = searchGapKey(query, words);
  if (!key) return false;
  const id = `searchGap-${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
  const at = now.toISOString();
  const { created } = await store.createIfNotExists({ _id: id, _type: 'searchGap', query: key, count: 1, firstSeen: at, lastSeen: at });
  if (!created) await store.patch(id, { inc: { count: 1 }, set: { lastSeen: at } }, { dataset: 'feedback' });
  return true;
}
