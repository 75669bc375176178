// A survey response on the embedded store: acknowledged only once on disk, kept across a restart, deleted for good.
import { sampleDayClock } from '../support/sample-day.ts';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Survey, SurveyResponse } from '../../src/model/index.ts';
import { openLocalStore, type LocalStore } from '../../src/store/index.ts';
import { everyByteIn } from '../support/data-dir.ts';
import { deleteByReceipt, parseSubmission, storeSubmission, useServerSecret } from '../../src/surveys/index.ts';

const CONTENT_DIR = join(import.meta.dirname, '../../content');
const NOW = new Date('2026-11-23T10:30:00Z');

let dataDir: string;
let store: LocalStore;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'surveys-store-'));
  store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
  useServerSecret('an integration test secret, long enough to use');
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function youngPeople(): Promise<Survey> {
  return store.query<Survey>('*[_type == "survey" && audience == "young-people"][0]');
}

async function submit(survey: Survey, answers: Record<string, unknown>, submissionId = randomUUID()) {
  const parsed = parseSubmission(survey, { submissionId, answers }, NOW);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return storeSubmission(store, survey, parsed.value, NOW);
}

describe('a young person’s response on the embedded store', () => {
  it('is on disk, scrubbed, when storing resolves, and still there after a restart', async () => {
    const survey = await youngPeople();
    const submissionId = randomUUID();
    const { receiptCode } = await submit(survey, { 'age-phase': 'secondary', 'adults-listen': '4', 'one-change': 'my name is jake and I want a quiet room' }, submissionId);

    // DATA_DIR holds the write, with the scrubbed text only.
    const onDisk = await everyByteIn(dataDir);
    expect(onDisk).toContain(submissionId);
    expect(onDisk).toContain('my name is [name] and I want a quiet room');
    expect(onDisk).not.toContain('jake');
    expect(onDisk).not.toContain(receiptCode);

    await store.close();
    store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
    const doc = (await store.getDocument(`response-${submissionId}`, { dataset: 'feedback' })) as SurveyResponse;
    expect(doc.answers.find((a) => a.questionKey === 'one-change')).toMatchObject({ text: 'my name is [name] and I want a quiet room', moderation: 'pending' });
  });

  it('is not stored twice when the same post arrives again after a restart', async () => {
    const survey = await youngPeople();
    const submissionId = randomUUID();
    const first = await submit(survey, { 'age-phase': 'secondary', 'adults-listen': '4' }, submissionId);
    await store.close();
    store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
    const again = await submit(survey, { 'age-phase': 'secondary', 'adults-listen': '4' }, submissionId);
    expect(again).toEqual({ receiptCode: first.receiptCode, duplicate: true });
    expect(await store.query('count(*[_type == "surveyResponse" && submissionId == $id])', { id: submissionId }, { dataset: 'feedback' })).toBe(1);
  });

  it('is gone for good after deletion with its receipt code, restart included', async () => {
    const survey = await youngPeople();
    const submissionId = randomUUID();
    const { receiptCode } = await submit(survey, { 'age-phase': 'preparing-for-adulthood', 'adults-listen': '2' }, submissionId);
    expect(await deleteByReceipt(store, receiptCode, NOW)).toBe('deleted');
    await store.close();
    store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
    expect(await store.getDocument(`response-${submissionId}`, { dataset: 'feedback' })).toBeNull();
    expect(await deleteByReceipt(store, receiptCode, NOW)).toBe('not-found');
  });

  it('takes many concurrent submissions, each acknowledged once and all kept', async () => {
    const survey = await youngPeople();
    const before = await store.query<number>('count(*[_type == "surveyResponse"])', {}, { dataset: 'feedback' });
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => submit(survey, { 'age-phase': 'secondary', 'adults-listen': String((i % 5) + 1) })));
    expect(new Set(results.map((r) => r.receiptCode)).size).toBe(200);
    await store.close();
    store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
    expect(await store.query<number>('count(*[_type == "surveyResponse"])', {}, { dataset: 'feedback' })).toBe(before + 200);
  });
});
