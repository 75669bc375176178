// A full disk, seen through SQLite's own page limit (a database at max_page_count fails exactly as on a full disk, with
// SQLITE_FULL): the write is refused as "unavailable", nothing half-written remains, and once there is room again the
// same store takes writes without a restart. A write lock another process keeps past the 5-second wait is refused
// the same way, naming the file and what to check.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, StoreUnavailableError, type LocalStore } from '../../src/store/index.ts';
import { DATABASE_FILE, openDatabase } from '../../src/store/sqlite/database.ts';
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
    expect((error as Error).message).toBe(`Could not save to ${join(dataDir, 'portal.db')}: the disk is full: free some space. Nothing was saved.`);
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

describe('the embedded store while another connection holds the database', () => {
  it('refuses the write as unavailable after 5 seconds, naming the file and what to check, then takes it once the lock goes', async () => {
    const before = store.stats();
    // Another process's connection (here, a second one in this process) takes the write lock and keeps it.
    const other = openDatabase(join(dataDir, DATABASE_FILE));
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const error = await store.create(big()).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toBe(
      `Could not save to ${join(dataDir, 'portal.db')}: another process has held it for more than 5 seconds: check for a stuck npm run command (moderate, purge, restore). Nothing was saved.`,
    );
    expect(store.stats()).toEqual(before);

    other.exec('ROLLBACK');
    other.close();
    const later = await store.create(big());
    expect(await store.getDocument(later._id, { dataset: 'feedback' })).toEqual(later);
  });
});
