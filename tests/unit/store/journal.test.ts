// The journal's crash recovery (torn tails cut, damage elsewhere refused) and group commit (few fsyncs for many writes).
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalCorruptError, openLocalStore } from '../../../src/store/local/index.ts';
import { encodeRecord } from '../../../src/store/local/journal-record.ts';
import { aSurveyResponse } from './fixtures.ts';

const empty = { content: [], feedback: [] };

describe('journal', () => {
  let dataDir: string;
  let journal: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'store-journal-'));
    journal = join(dataDir, 'feedback.journal');
  });
  afterEach(async () => rm(dataDir, { recursive: true, force: true }));

  async function writeFive(): Promise<string[]> {
    const store = await openLocalStore({ seed: empty, dataDir });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await store.create(aSurveyResponse()))._id);
    await store.close();
    return ids;
  }

  it('cuts a torn tail (half a record) and keeps every complete record', async () => {
    const ids = await writeFive();
    const goodSize = (await stat(journal)).size;
    const torn = encodeRecord([{ put: { ...aSurveyResponse(), _rev: 'r', _createdAt: 'x', _updatedAt: 'x' } }]);
    await appendFile(journal, torn.subarray(0, Math.floor(torn.length / 2)));

    const store = await openLocalStore({ seed: empty, dataDir });
    expect(store.stats().journal.feedback).toMatchObject({ records: 5, truncatedBytes: Math.floor(torn.length / 2) });
    expect((await stat(journal)).size).toBe(goodSize);
    for (const id of ids) expect(await store.getDocument(id, { dataset: 'feedback' })).not.toBeNull();
    // Appending carries on cleanly after the cut.
    const sixth = await store.create(aSurveyResponse());
    await store.close();
    const again = await openLocalStore({ seed: empty, dataDir });
    expect(await again.getDocument(sixth._id, { dataset: 'feedback' })).toEqual(sixth);
    expect(again.stats().documents.feedback).toBe(6);
    await again.close();
  });

  it('treats a damaged last record as a torn tail', async () => {
    await writeFive();
    const buf = await readFile(journal);
    const lastStart = buf.lastIndexOf(0x0a, buf.length - 2) + 1;
    buf[lastStart + 20] = buf[lastStart + 20]! ^ 0xff;
    await writeFile(journal, buf);
    const store = await openLocalStore({ seed: empty, dataDir });
    expect(store.stats().documents.feedback).toBe(4);
    expect(store.stats().journal.feedback.truncatedBytes).toBe(buf.length - lastStart);
    await store.close();
  });

  it('refuses to open when a damaged record is followed by good ones', async () => {
    await writeFive();
    const buf = await readFile(journal);
    const second = buf.indexOf(0x0a) + 1;
    buf[second + 30] = buf[second + 30]! ^ 0xff;
    await writeFile(journal, buf);
    const error = await openLocalStore({ seed: empty, dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalCorruptError);
    expect((error as Error).message).toContain(`${journal}:2:`);
    // Nothing was cut: the file is left for a person to repair.
    expect((await readFile(journal)).length).toBe(buf.length);
  });

  it('group-commits concurrent writes: 100 creates, far fewer fsyncs', async () => {
    const store = await openLocalStore({ seed: empty, dataDir });
    await Promise.all(Array.from({ length: 100 }, () => store.create(aSurveyResponse())));
    const stats = store.stats().journal.feedback;
    expect(stats.records).toBe(100);
    expect(stats.fsyncs).toBeLessThanOrEqual(5);
    // Writes that arrive while an fsync runs share the next one.
    const waves = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i));
        return Promise.all(Array.from({ length: 10 }, () => store.create(aSurveyResponse())));
      }),
    );
    expect(waves.flat()).toHaveLength(100);
    expect(store.stats().journal.feedback.fsyncs - stats.fsyncs).toBeLessThan(50);
    await store.close();
  });
});
