// The SQLite store's own promises beyond the shared contract: durable settings, several connections at once, seeded
// once with the sample moved to its first day, and a damaged file named in the error.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockOnDay } from '../../../src/clock/clock.ts';
import { openDatabase, openSqliteStore } from '../../../src/store/sqlite/index.ts';
import { aCategory, aService, aSurveyResponse } from './fixtures.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sqlite-store-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const seed = () => ({ content: [aCategory(), { ...aService(), lastReviewed: '2026-05-01' }], feedback: [] });

describe('the SQLite store', () => {
  it('opens its database in WAL mode with a full fsync per commit, deleted bytes overwritten and a wait for the lock', () => {
    const db = openDatabase(join(dir, 'portal.db'));
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    expect(db.prepare('PRAGMA secure_delete').get()).toEqual({ secure_delete: 1 });
    expect(db.prepare('PRAGMA busy_timeout').get()).toEqual({ timeout: 5000 });
    db.close();
  });

  it('keeps an acknowledged write after the store is closed and opened again', async () => {
    const store = await openSqliteStore({ dataDir: dir, seed: seed() });
    const response = await store.create(aSurveyResponse());
    await store.close();
    const reopened = await openSqliteStore({ dataDir: dir });
    expect(await reopened.getDocument(response._id, { dataset: 'feedback' })).toEqual(response);
    expect(reopened.stats().changes).toBe(1);
    await reopened.close();
  });

  it('shows what another connection wrote on the next read, without reopening (as moderate and purge need)', async () => {
    const server = await openSqliteStore({ dataDir: dir, seed: seed() });
    const tool = await openSqliteStore({ dataDir: dir });
    expect(await server.query('*[_id == "service-speech"][0].title')).toBe('Speech and language therapy');
    await tool.patch('service-speech', { set: { title: 'Speech therapy for children' } });
    await tool.delete('cat-therapy');
    expect(await server.query('*[_id == "service-speech"][0].title')).toBe('Speech therapy for children');
    expect(await server.getDocument('cat-therapy')).toBeNull();
    // A write based on an old revision from the other connection is refused, not lost silently.
    const seen = (await server.getDocument('service-speech'))!;
    await tool.patch('service-speech', { set: { title: 'Speech and language therapy' } });
    await expect(server.patch('service-speech', { set: { title: 'x' }, ifRevisionId: seen._rev! })).rejects.toThrow(/has changed/);
    await Promise.all([server.close(), tool.close()]);
  });

  it('seeds a new database once, moving a sample to its first day, and never again', async () => {
    const first = await openSqliteStore({ dataDir: dir, seed: seed(), sampleDay: '2026-11-23', now: clockOnDay('2027-01-01') });
    expect(await first.query('*[_id == "service-speech"][0].lastReviewed')).toBe('2026-06-09');
    await first.patch('service-speech', { set: { lastReviewed: '2026-12-30' } });
    await first.close();
    const later = await openSqliteStore({ dataDir: dir, seed: seed(), sampleDay: '2026-11-23', now: clockOnDay('2029-01-01') });
    expect(await later.query('*[_id == "service-speech"][0].lastReviewed')).toBe('2026-12-30');
    expect(later.stats().documents.content).toBe(2);
    await later.close();
  });

  it('names the file when it is not a database', async () => {
    await writeFile(join(dir, 'portal.db'), 'this is not a SQLite database, just some text that is long enough'.repeat(100));
    await expect(openSqliteStore({ dataDir: dir, seed: seed() })).rejects.toThrow(`${join(dir, 'portal.db')}: `);
  });
});
