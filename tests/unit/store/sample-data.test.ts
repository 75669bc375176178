// The shipped sample dataset loads into the local store, keeps feedback private, and survives an export round trip.
import { sampleDayClock } from '../../support/sample-day.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIVATE_TYPES } from '../../../src/model/index.ts';
import { exportToFiles, openLocalStore } from '../../../src/store/local/index.ts';

const contentDir = join(import.meta.dirname, '../../../content');
describe('the sample dataset in content/', () => {
  it('loads, keeps private types out of the public dataset, and round-trips through export', async () => {
    const store = await openLocalStore({ contentDir, dataDir: null, now: sampleDayClock() });
    const types = await store.query<string[]>('array::unique(*[]._type)');
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter((t) => PRIVATE_TYPES.has(t as never))).toEqual([]);
    const feedbackTypes = await store.query<string[]>('array::unique(*[]._type)', {}, { dataset: 'feedback' });
    expect(feedbackTypes.every((t) => PRIVATE_TYPES.has(t as never))).toBe(true);

    const dir = await mkdtemp(join(tmpdir(), 'sample-export-'));
    try {
      const { counts } = await exportToFiles(store, dir);
      const copy = await openLocalStore({ contentDir: dir, contentFile: 'content.ndjson', dataDir: null, now: sampleDayClock() });
      const summary = '{"types": *[] | order(_type) {_type} , "n": count(*)}';
      expect(await copy.query(summary)).toEqual(await store.query(summary));
      expect(await copy.query('count(*)', {}, { dataset: 'feedback' })).toBe(counts.feedback);
      await copy.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
      await store.close();
    }
  });
});
