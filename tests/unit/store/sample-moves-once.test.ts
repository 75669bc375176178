// The embedded store moves a generated sample's dates once, to the day the store is created, and never again.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockOnDay } from '../../../src/clock/clock.ts';
import { exportToFiles } from '../../../src/store/export-files.ts';
import { openLocalStore } from '../../../src/store/local/index.ts';
import { metaValue } from '../../support/data-dir.ts';
import { aCategory, aService } from './fixtures.ts';

const lines = (...docs: unknown[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
const on = (day: string) => clockOnDay(day);
const service = () => ({ ...aService(), lastReviewed: '2026-05-01' });

describe('a generated sample in the embedded store', () => {
  let dir: string;
  let contentDir: string;
  let dataDir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sample-moves-'));
    contentDir = dir;
    dataDir = join(dir, 'data');
    await writeFile(join(contentDir, 'sample.ndjson'), lines(aCategory(), service()));
    await writeFile(join(contentDir, 'sample-day.json'), JSON.stringify({ writtenFor: '2026-11-23' }));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const reviewed = async (store: Awaited<ReturnType<typeof openLocalStore>>) =>
    ((await store.getDocument('service-speech')) as { lastReviewed: string }).lastReviewed;

  it('is moved by the days from the day it was written for to the day the store is created, and stays there', async () => {
    const first = await openLocalStore({ contentDir, dataDir, now: on('2027-01-01') });
    expect(await reviewed(first)).toBe('2026-06-09');
    await first.close();
    expect(metaValue(dataDir, 'created_on')).toBe('2027-01-01');

    // A year later the same store shows the same dates: its story is the one it began with.
    const later = await openLocalStore({ contentDir, dataDir, now: on('2028-01-01') });
    expect(await reviewed(later)).toBe('2026-06-09');
    await later.close();
  });

  it('never moves a document edited since, on any later start', async () => {
    const store = await openLocalStore({ contentDir, dataDir, now: on('2027-01-01') });
    await store.patch('service-speech', { set: { lastReviewed: '2026-12-30' } });
    await store.close();
    const again = await openLocalStore({ contentDir, dataDir, now: on('2029-06-30') });
    expect(await reviewed(again)).toBe('2026-12-30');
    await again.close();
  });

  it('is not moved again once its database exists, even when a day record is added later', async () => {
    await rm(join(contentDir, 'sample-day.json'));
    const old = await openLocalStore({ contentDir, dataDir, now: on('2026-12-01') });
    await old.close();
    await writeFile(join(contentDir, 'sample-day.json'), JSON.stringify({ writtenFor: '2026-11-23' }));
    const store = await openLocalStore({ contentDir, dataDir, now: on('2027-06-01') });
    expect(await reviewed(store)).toBe('2026-05-01');
    await store.close();
    expect(metaValue(dataDir, 'created_on')).toBe('2026-12-01');
  });

  it('exports with its dates moved, and an export (no sample-day.json) is never moved again', async () => {
    const store = await openLocalStore({ contentDir, dataDir, now: on('2027-01-01') });
    const { files } = await exportToFiles(store, join(dir, 'export'), { content: 'sample.ndjson' });
    await store.close();
    expect(await readFile(files.content, 'utf8')).toContain('"lastReviewed":"2026-06-09"');
    const imported = await openLocalStore({ contentDir: join(dir, 'export'), dataDir: null, now: on('2030-01-01') });
    expect(await reviewed(imported)).toBe('2026-06-09');
    await imported.close();
  });

  it('content without sample-day.json (a council’s own) is never moved', async () => {
    await rm(join(contentDir, 'sample-day.json'));
    const store = await openLocalStore({ contentDir, dataDir, now: on('2030-01-01') });
    expect(await reviewed(store)).toBe('2026-05-01');
    await store.close();
  });

  it('names the file when a record is unreadable', async () => {
    await writeFile(join(contentDir, 'sample-day.json'), JSON.stringify({ writtenFor: '23 November 2026' }));
    await expect(openLocalStore({ contentDir, dataDir, now: on('2027-01-01') })).rejects.toThrow(
      `${join(contentDir, 'sample-day.json')}: writtenFor must be a date as YYYY-MM-DD`,
    );
  });
});
