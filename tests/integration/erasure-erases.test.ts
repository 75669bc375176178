// Decision 007's erasure, tested the way the privacy notice promises it: after each way of deleting, a byte search of
// everything the embedded store keeps in DATA_DIR (portal.db and its WAL) finds none of the deleted text or address.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main as purge } from '../../scripts/purge.ts';
import type { Survey, YouSaidWeDid } from '../../src/model/index.ts';
import { readErasureLog } from '../../src/store/sqlite/erasure.ts';
import { openLocalStore, type LocalStore } from '../../src/store/index.ts';
import { confirmSubscription, unsubscribe } from '../../src/subscriptions/subscriptions.ts';
import { signToken } from '../../src/subscriptions/token.ts';
import { deleteByReceipt, moderateAnswer, parseSubmission, storeSubmission, useServerSecret } from '../../src/surveys/index.ts';
import { everyByteIn } from '../support/data-dir.ts';
import { sampleDayClock } from '../support/sample-day.ts';

const CONTENT_DIR = join(import.meta.dirname, '../../content');
let dataDir: string;
let store: LocalStore;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'erasure-'));
  store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
  useServerSecret('an integration test secret, long enough to use');
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const onDisk = async () => everyByteIn(dataDir);

describe('erasure on the embedded store', () => {
  it('"delete my answers" leaves no byte of the answer, and takes its quote down from the page and its history', async () => {
    const sentence = `the heron by the canal lock keeps watch ${randomUUID().slice(0, 8)}`;
    const survey = await store.query<Survey>('*[_type == "survey" && audience == "young-people"][0]');
    const now = sampleDayClock()();
    const parsed = parseSubmission(survey, { submissionId: randomUUID(), answers: { 'age-phase': 'secondary', 'adults-listen': '4', 'one-change': sentence } }, now);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { receiptCode } = await storeSubmission(store, survey, parsed.value, now);
    const responseId = `response-${parsed.value.submissionId}`;
    const page = await store.query<YouSaidWeDid>('*[_type == "youSaidWeDid"][0]');
    await moderateAnswer(store, { responseId, questionKey: 'one-change', decision: 'approve', quoteTo: { slug: page.slug.current } }, now);
    expect(((await store.getDocument(page._id)) as YouSaidWeDid).quotes.map((q) => q.text)).toContain(sentence);
    expect(await onDisk()).toContain(sentence);

    expect(await deleteByReceipt(store, receiptCode, now)).toBe('deleted');

    expect(((await store.getDocument(page._id)) as YouSaidWeDid).quotes.map((q) => q.text)).not.toContain(sentence);
    expect(await store.getDocument(responseId, { dataset: 'feedback' })).toBeNull();
    expect(await onDisk()).not.toContain(sentence);
    expect(await onDisk()).not.toContain(sentence.slice(0, 20));
    expect(readErasureLog(store.db)).toEqual([expect.objectContaining({ reason: 'deleted with its receipt code', ids: [responseId] })]);
  });

  it('the retention purge leaves no byte of an expired email address', async () => {
    const email = `heron.${randomUUID().slice(0, 8)}@example.com`;
    await store.create({
      _id: 'report-erasure-test',
      _type: 'correctionReport',
      subject: { _type: 'reference', _ref: 'service-speech', _weak: true },
      subjectTitle: 'Speech and language therapy',
      whatIsWrong: 'The phone number has changed.',
      email,
      consentToContact: true,
      createdAt: '2025-01-02T09:00:00Z',
      status: 'new',
    });
    expect(await onDisk()).toContain(email);
    const lines: string[] = [];
    expect(await purge([], { store, now: () => new Date('2026-06-01T09:00:00Z'), out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(0);
    expect(lines.join('\n')).toContain('report-erasure-test');
    expect(await store.getDocument('report-erasure-test', { dataset: 'feedback' })).toMatchObject({ consentToContact: false });
    expect(await onDisk()).not.toContain(email);
  });

  it('unsubscribing leaves no byte of the address in the database', async () => {
    const secret = Buffer.from('s'.repeat(64));
    const email = `kingfisher.${randomUUID().slice(0, 8)}@example.com`;
    const now = new Date('2026-11-24T08:00:00Z');
    const token = signToken(secret, { purpose: 'confirm', email, topics: ['plan-updates'], expires: Math.floor(now.getTime() / 1000) + 3600 });
    const confirmed = await confirmSubscription(token, { secret, now, store });
    if (!confirmed.ok) throw new Error(confirmed.problem);
    expect(await onDisk()).toContain(email);
    const result = await unsubscribe(signToken(secret, { purpose: 'unsubscribe', subscription: confirmed.subscription._id }), { secret, store });
    expect(result).toEqual({ ok: true, removed: true });
    expect(await onDisk()).not.toContain(email);
  });
});
