// Searches that find nothing are counted for the team, with nothing kept that could identify a person.
import { describe, expect, it } from 'vitest';
import { openLocalStore } from '../../src/store/local/index.ts';
import { recordSearchGap } from '../../src/search/record-gap.ts';
import { commonWords } from '../../src/search/common-words.ts';
import { vocabulary } from '../../src/search/vocabulary.ts';

const words = vocabulary(['speech', 'therapy', 'respite'], commonWords());

describe('counting searches that found nothing', () => {
  it('counts repeats of the same words in one record, and keeps nothing for searches with personal details', async () => {
    const store = await openLocalStore({ dataDir: null, seed: { content: [], feedback: [] } });
    const at = new Date('2026-11-23T09:00:00Z');
    expect(await recordSearchGap(store, 'Horse riding', at, words)).toBe(true);
    expect(await recordSearchGap(store, '  horse   RIDING ', new Date('2026-11-23T10:00:00Z'), words)).toBe(true);
    expect(await recordSearchGap(store, 'call jo on 07700 900123', at, words)).toBe(false);
    expect(await recordSearchGap(store, 'jo@example.com', at, words)).toBe(false);
    expect(await recordSearchGap(store, 'zzqxy sarah jones', at, words)).toBe(false);

    const gaps = await store.query<{ query: string; count: number; lastSeen: string }[]>(
      `*[_type == "searchGap"]{ query, count, lastSeen }`, {}, { dataset: 'feedback' },
    );
    expect(gaps).toEqual([{ query: 'horse riding', count: 2, lastSeen: '2026-11-23T10:00:00.000Z' }]);
    expect(await store.query(`count(*[_type == "searchGap"])`)).toBe(0);
    await store.close();
  });
});
