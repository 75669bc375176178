// A full disk, seen through SQLite's own page limit (a database at max_page_count fails exactly as on a full disk, with
// SQLITE_FULL): the write is refused as "unavailable", nothing half-written remains, and once there is room again the
// same store takes writes without a restart.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, StoreUnavailableError, type LocalStore } from '../../src/store/index.ts';
import { aSurveyResponse, contentFixtures, feedbackFixtures } from '../unit/store/fixtures.ts';

let dataDir: string;
let store: LocalStore;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'disk-full-'));
  store = await openLocalStore({ dataDir, seed: { content: contentFixtures(), feedback: feedbackFixtures() } });
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const pages = () => (store.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
const big = () => aSurveyResponse({ submissionId: randomUUID(), answers: [{ _key: 'a1', questionKey: 'what-to-change', text: 'x'.repeat(1900) }] });

describe('the embedded store on a full disk', () => {
  it('refuses the write as unavailable, keeps nothing of it, and takes writes again once there is room', async () => {
    const before = store.stats();
    store.db.exec(`PRAGMA max_page_count = ${pages()}`);
    const refused = big();
    let error: unknown;
    for (let i = 0; i < 50 && !error; i++) await store.create(i === 0 ? refused : big()).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toBe('Could not save just now: the disk holding DATA_DIR is full. Nothing was saved; try again shortly.');
    expect((error as StoreUnavailableError).retryAfterSeconds).toBe(30);
    const afterRefusal = store.stats();
    // Every write before the refused one is whole (document and change row together); the refused one left nothing.
    expect(afterRefusal.changes - before.changes).toBe(afterRefusal.documents.feedback - before.documents.feedback);

    store.db.exec('PRAGMA max_page_count = 1073741823');
    const later = await store.create(big());
    expect(await store.getDocument(later._id, { dataset: 'feedback' })).toEqual(later);
    expect(store.stats().changes).toBe(afterRefusal.changes + 1);
  });
});
