// A DATA_DIR from before SQLite: its journals' writes move into portal.db once, and the journals (which may hold text
// erased since) are gone afterwards.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockOnDay } from '../../../src/clock/clock.ts';
import { openLocalStore, LegacyJournalError } from '../../../src/store/local/index.ts';
import { encodeRecord, type JournalOp } from '../../../src/store/local/journal-record.ts';
import { everyByteIn, metaValue } from '../../support/data-dir.ts';
import { aCategory, aSurveyResponse, contentFixtures, feedbackFixtures } from './fixtures.ts';

const stamped = <T extends object>(doc: T) => ({ ...doc, _rev: 'r1', _createdAt: '2026-10-01T09:00:00Z', _updatedAt: '2026-10-01T09:00:00Z' });
const journal = (...transactions: JournalOp[][]) => Buffer.concat(transactions.map((ops) => encodeRecord(ops)));

describe('a DATA_DIR with the old journals', () => {
  let dataDir: string;
  const seed = () => ({ content: contentFixtures(), feedback: feedbackFixtures() });
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'legacy-journals-'));
  });
  afterEach(async () => rm(dataDir, { recursive: true, force: true }));

  it('keeps every committed write, keeps the day the old store was made, and deletes the journals', async () => {
    const kept = stamped(aSurveyResponse({ submissionId: 'kept-one' }));
    const erased = stamped(aSurveyResponse({ submissionId: 'erased-one', answers: [{ _key: 'a1', questionKey: 'overall', text: 'a sentence only the erased answer has' }] }));
    await writeFile(join(dataDir, 'content.journal'), journal([{ put: stamped(aCategory({ _id: 'cat-new', title: 'Added in the old store' })) }], [{ del: 'service-ot' }]));
    await writeFile(join(dataDir, 'feedback.journal'), journal([{ put: kept }], [{ put: erased }], [{ del: erased._id }]));
    await writeFile(join(dataDir, 'store-created.json'), JSON.stringify({ createdOn: '2026-10-01' }));

    const store = await openLocalStore({ seed: seed(), dataDir, now: clockOnDay('2026-12-07') });
    expect(await store.getDocument('cat-new')).toMatchObject({ title: 'Added in the old store' });
    expect(await store.getDocument('service-ot')).toBeNull();
    expect(await store.getDocument(kept._id, { dataset: 'feedback' })).toEqual(kept);
    expect(await store.getDocument(erased._id, { dataset: 'feedback' })).toBeNull();
    await store.close();

    expect((await readdir(dataDir)).filter((f) => !f.startsWith('portal.db'))).toEqual([]);
    expect(metaValue(dataDir, 'created_on')).toBe('2026-10-01');
    expect(metaValue(dataDir, 'migrated_journals')).toBe('5 journal writes from 3 files');
    expect(await everyByteIn(dataDir)).not.toContain('a sentence only the erased answer has');
  });

  it('leaves out a torn last record, as the old store did', async () => {
    const whole = journal([{ put: stamped(aSurveyResponse({ submissionId: 'whole' })) }]);
    const torn = journal([{ put: stamped(aSurveyResponse({ submissionId: 'torn' })) }]).subarray(0, 40);
    await writeFile(join(dataDir, 'feedback.journal'), Buffer.concat([whole, torn]));
    const store = await openLocalStore({ seed: seed(), dataDir });
    expect(await store.getDocument('response-whole', { dataset: 'feedback' })).not.toBeNull();
    expect(await store.getDocument('response-torn', { dataset: 'feedback' })).toBeNull();
    await store.close();
  });

  it('refuses a journal damaged in the middle, naming the file and line, and leaves it untouched', async () => {
    const good = (id: string) => journal([{ put: stamped(aSurveyResponse({ submissionId: id })) }]);
    const damaged = Buffer.from(good('second'));
    damaged[20] = damaged[20] === 0x61 ? 0x62 : 0x61;
    const bytes = Buffer.concat([good('first'), damaged, good('third')]);
    const file = join(dataDir, 'feedback.journal');
    await writeFile(file, bytes);

    const opening = openLocalStore({ seed: seed(), dataDir });
    await expect(opening).rejects.toThrow(LegacyJournalError);
    await expect(opening).rejects.toThrow(`${file}:2: a damaged record is followed by good ones`);
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
    // Nothing was seeded, so the next start (after the line is mended) migrates it then.
    expect(metaValue(dataDir, 'created_on')).toBeUndefined();
  });
});
