// The local store keeps every acknowledged write: across a clean reopen, and across a real `kill -9` mid-stream.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../src/store/local/index.ts';
import { aCategory, aSurveyResponse, contentFixtures, feedbackFixtures } from './fixtures.ts';

const seed = () => ({ content: contentFixtures(), feedback: feedbackFixtures() });

async function exportAll(store: Awaited<ReturnType<typeof openLocalStore>>) {
  const out: Record<string, unknown[]> = { content: [], feedback: [] };
  for (const ds of ['content', 'feedback'] as const) for await (const line of store.exportNdjson(ds)) out[ds]!.push(JSON.parse(line));
  return out;
}

describe('local store durability', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'store-durability-'));
  });
  afterEach(async () => rm(dataDir, { recursive: true, force: true }));

  it('keeps creates, patches and deletes in both datasets across a reopen', async () => {
    const store = await openLocalStore({ seed: seed(), dataDir });
    await store.create(aCategory({ _id: 'cat-new', slug: { _type: 'slug', current: 'new' } }));
    await store.patch('cat-new', { inc: { order: 5 }, set: { title: 'Renamed' } });
    await store.delete('service-ot');
    await store.createIfNotExists(aSurveyResponse());
    await store.patch('report-1', { set: { status: 'in-progress' } }, { dataset: 'feedback' });
    const before = await exportAll(store);
    await store.close();

    const reopened = await openLocalStore({ seed: seed(), dataDir });
    expect(await exportAll(reopened)).toEqual(before);
    expect(await reopened.getDocument('cat-new')).toMatchObject({ title: 'Renamed', order: 6 });
    expect(await reopened.getDocument('service-ot')).toBeNull();
    // Three content writes and two feedback writes: five changes in the change table, nothing more.
    expect(reopened.stats().changes).toBe(5);
    await reopened.close();
  });

  it('a write rejected by validation leaves no trace in the change table', async () => {
    const store = await openLocalStore({ seed: seed(), dataDir });
    await expect(store.create({ ...aCategory({ _id: 'cat-x' }), title: '' })).rejects.toThrow(/cat-x.*title/);
    await expect(store.patch('cat-therapy', { set: { order: 'first' } })).rejects.toThrow(/order/);
    expect(store.stats().changes).toBe(0);
    expect(await store.getDocument('cat-x')).toBeNull();
    expect(await store.getDocument('cat-therapy')).toMatchObject({ order: 1 });
    await store.close();
  });

  /** A writer process on dataDir; resolves with what it acknowledged once it has been killed after `killAt` acks. */
  function killedWriter(killAt: number): Promise<Record<string, unknown>[]> {
    const writer = fileURLToPath(new URL('./kill9-writer.ts', import.meta.url));
    const child = spawn(process.execPath, [writer, dataDir, '50'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: Record<string, unknown>[] = [];
    let buffered = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ACK ')) acked.push(JSON.parse(line.slice(4)) as Record<string, unknown>);
        // Kill mid-stream, with writes still queued and in flight.
        if (acked.length === killAt) child.kill('SIGKILL');
      }
    });
    return new Promise((resolve, reject) =>
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`the writer exited with ${_code}, not by SIGKILL`)))),
    );
  }

  async function expectAllThere(acked: Record<string, unknown>[]) {
    const store = await openLocalStore({ seed: { content: [], feedback: [] }, dataDir });
    const missing: string[] = [];
    for (const doc of acked) {
      const stored = await store.getDocument(doc._id as string, { dataset: 'feedback' });
      if (!stored) missing.push(doc._id as string);
      else expect(stored).toEqual(doc);
    }
    expect(missing).toEqual([]);
    // Writes in flight at the kill may or may not have landed, but nothing half-written is ever visible.
    expect(store.stats().documents.feedback).toBeGreaterThanOrEqual(acked.length);
    expect(store.stats().changes).toBe(store.stats().documents.feedback);
    await store.close();
  }

  it('every write acknowledged before kill -9 is there, unchanged, after reopening', async () => {
    const acked = await killedWriter(400);
    expect(acked.length).toBeGreaterThanOrEqual(400);
    await expectAllThere(acked);
  }, 60_000);

  it('two processes writing to one DATA_DIR at once, both killed: every acknowledged write of each is there', async () => {
    // Created first, so the two writers meet an existing database rather than race to seed one.
    await (await openLocalStore({ seed: { content: [], feedback: [] }, dataDir })).close();
    const [first, second] = await Promise.all([killedWriter(300), killedWriter(300)]);
    expect(first!.length).toBeGreaterThanOrEqual(300);
    expect(second!.length).toBeGreaterThanOrEqual(300);
    await expectAllThere([...first!, ...second!]);
  }, 60_000);
});
