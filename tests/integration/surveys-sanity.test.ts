// Sanity mode under a burst: 500 people send the survey at once through the real @sanity/client, to a loopback double.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Survey } from '../../src/model/index.ts';
import type { SanityStore } from '../../src/store/index.ts';
import { deleteByReceipt, parseSubmission, storeSubmission, type ParsedSubmission } from '../../src/surveys/index.ts';
import { sanityStoreOn, startSanityDouble, type SanityDouble } from '../doubles/sanity-server.ts';
import { ofType, sample } from '../unit/content/load-sample.ts';

const NOW = new Date('2026-11-23T10:30:00Z');
const SECRET = Buffer.from('a sanity-mode test secret, long enough to use');
const BURST = 500;

let double: SanityDouble;
let store: SanityStore;

async function setup(): Promise<Survey> {
  const survey = ofType(sample().content, 'survey').find((s) => s.audience === 'young-people')!;
  // The double answers 429 beyond 25 mutation requests a second, as Sanity does per client IP.
  double = await startSanityDouble({ documents: { production: [survey], feedback: [] }, mutationRequestsPerSecond: 25, privateDatasets: ['feedback'] });
  store = sanityStoreOn(double, { backoffMs: () => 50 });
  return survey;
}

afterEach(async () => {
  await store?.close();
  await double?.close();
});

function submission(survey: Survey, i: number, submissionId = randomUUID()): ParsedSubmission {
  const parsed = parseSubmission(
    survey,
    { submissionId, answers: { 'age-phase': i % 3 ? 'secondary' : 'preparing-for-adulthood', 'adults-listen': String((i % 5) + 1), 'one-change': `Idea number ${i}` } },
    NOW,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

describe('a burst of submissions in Sanity mode', () => {
  it(`loses none of ${BURST}, stores none twice, stays within 25 mutation requests a second and rides out a burst of 429s`, async () => {
    const survey = await setup();
    const submissions = Array.from({ length: BURST }, (_, i) => submission(survey, i));
    // The first mutation requests meet a run of 429s with retry-after, as a busy project would.
    double.setFault({ status: 429, times: 4, retryAfterSeconds: 0.3 });

    // Most arrive at once; meanwhile one client sends 40 in turn, each after the last was acknowledged, so the writer
    // must send at least 40 requests and its rate cap is what keeps them under Sanity's limit.
    const sequential = 40;
    const burst = Promise.all(submissions.slice(sequential).map((s) => storeSubmission(store, survey, s, NOW, { secret: SECRET })));
    const oneByOne: Awaited<ReturnType<typeof storeSubmission>>[] = [];
    for (const s of submissions.slice(0, sequential)) oneByOne.push(await storeSubmission(store, survey, s, NOW, { secret: SECRET }));
    const first = [...oneByOne, ...(await burst)];

    // Every post retried at once, as after a dropped connection: the same receipt codes, nothing new stored.
    const retried = await Promise.all(submissions.slice(0, 100).map((s) => storeSubmission(store, survey, s, NOW, { secret: SECRET })));

    const stored = double.documents('feedback').filter((d) => d._type === 'surveyResponse');
    expect(stored).toHaveLength(BURST);
    expect(new Set(stored.map((d) => d._id)).size).toBe(BURST);
    expect(new Set(stored.map((d) => (d as unknown as { submissionId: string }).submissionId))).toEqual(new Set(submissions.map((s) => s.submissionId)));
    expect(first.every((r) => !r.duplicate)).toBe(true);
    expect(new Set(first.map((r) => r.receiptCode)).size).toBe(BURST);
    expect(retried.every((r, i) => r.duplicate && r.receiptCode === first[i]!.receiptCode)).toBe(true);

    const mutations = double.requests.filter((r) => r.endpoint === 'mutate');
    expect(mutations.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(4);
    // Enough requests that the cap mattered, never more than 25 in any second, and far fewer than responses.
    expect(mutations.length).toBeGreaterThanOrEqual(sequential);
    expect(double.peakMutationRate(1000)).toBeLessThanOrEqual(25);
    expect(mutations.filter((r) => r.status === 200).length).toBeLessThan(BURST / 4);
    expect(store.stats().rateLimited).toBeGreaterThanOrEqual(4);
  });

  it('survives 503s in the middle of a burst without losing or doubling a response', async () => {
    const survey = await setup();
    const submissions = Array.from({ length: 200 }, (_, i) => submission(survey, i));
    double.setFault({ status: 503, times: 3, afterApply: true });
    await Promise.all(submissions.map((s) => storeSubmission(store, survey, s, NOW, { secret: SECRET })));
    const ids = double.documents('feedback').map((d) => d._id);
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
  });

  it('deletes a response from the private dataset with its receipt code', async () => {
    const survey = await setup();
    const [one, two] = [submission(survey, 1), submission(survey, 2)];
    const { receiptCode } = await storeSubmission(store, survey, one, NOW, { secret: SECRET });
    await storeSubmission(store, survey, two, NOW, { secret: SECRET });
    expect(await deleteByReceipt(store, receiptCode, NOW)).toBe('deleted');
    expect(double.documents('feedback').map((d) => d._id)).toEqual([`response-${two.submissionId}`]);
  });
});
