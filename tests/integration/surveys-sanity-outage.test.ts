// Sanity mode through an outage: for a few seconds Sanity answers every mutation with 503, then with 429, while
// families keep sending the survey. Nothing sent is lost or stored twice, and the writer never goes over Sanity's
// 25 mutation requests a second, even while it catches up. Real time and the writer's own back-off: no shortcuts.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Survey } from '../../src/model/index.ts';
import type { SanityStore } from '../../src/store/index.ts';
import { parseSubmission, storeSubmission, type ParsedSubmission } from '../../src/surveys/index.ts';
import { sanityStoreOn, startSanityDouble, type SanityDouble } from '../doubles/sanity-server.ts';
import { ofType, sample } from '../unit/content/load-sample.ts';

const NOW = new Date('2026-11-23T10:30:00Z');
const SECRET = Buffer.from('a sanity-mode test secret, long enough to use');
const UNAVAILABLE_MS = 2_000;
const RATE_LIMITED_MS = 2_000;
const WAVES = 4;
const PER_WAVE = 75;

let double: SanityDouble | undefined;
let store: SanityStore | undefined;
const timers: NodeJS.Timeout[] = [];

afterEach(async () => {
  timers.splice(0).forEach(clearTimeout);
  await store?.close();
  await double?.close();
});

function submission(survey: Survey, i: number): ParsedSubmission {
  const parsed = parseSubmission(
    survey,
    { submissionId: randomUUID(), answers: { 'age-phase': i % 2 ? 'secondary' : 'preparing-for-adulthood', 'adults-listen': String((i % 5) + 1), 'one-change': `Outage idea ${i}` } },
    NOW,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const sleep = (ms: number) => new Promise((r) => timers.push(setTimeout(r, ms)));

describe('Sanity unavailable, then rate limiting, in the middle of a rush', () => {
  it('stores every answer once when it recovers, and never sends more than 25 mutation requests in a second', { timeout: 90_000 }, async () => {
    const survey = ofType(sample().content, 'survey').find((s) => s.audience === 'young-people')!;
    double = await startSanityDouble({
      documents: { production: [survey], feedback: [] },
      privateDatasets: ['feedback'],
      mutationRequestsPerSecond: 25,
      // Every mutation fails with 503 for two seconds from the start, then with 429 for two more.
      faults: [{ status: 503, forMs: UNAVAILABLE_MS }],
    });
    timers.push(setTimeout(() => double!.setFault({ status: 429, forMs: RATE_LIMITED_MS, retryAfterSeconds: 1 }), UNAVAILABLE_MS));
    // The production settings: 20 requests a second, 6 retries with growing, jittered waits.
    store = sanityStoreOn(double);

    const submissions = Array.from({ length: WAVES * PER_WAVE }, (_, i) => submission(survey, i));
    const started = Date.now();
    const sends: Promise<{ receiptCode: string; duplicate: boolean }>[] = [];
    // A wave of people every second through the outage, and the first wave pressing "Send" again once it ends.
    for (let wave = 0; wave < WAVES; wave++) {
      for (const s of submissions.slice(wave * PER_WAVE, (wave + 1) * PER_WAVE)) sends.push(storeSubmission(store, survey, s, NOW, { secret: SECRET }));
      await sleep(1_000);
    }
    const results = await Promise.allSettled(sends);
    const retried = await Promise.allSettled(submissions.slice(0, PER_WAVE).map((s) => storeSubmission(store!, survey, s, NOW, { secret: SECRET })));
    const tookMs = Date.now() - started;

    const failed = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
    expect(failed.slice(0, 3), `${failed.length} of ${submissions.length} answers refused during the outage`).toEqual([]);
    const receipts = results.map((r) => (r as PromiseFulfilledResult<{ receiptCode: string }>).value.receiptCode);
    expect(retried.every((r, i) => r.status === 'fulfilled' && r.value.duplicate && r.value.receiptCode === receipts[i])).toBe(true);

    const stored = double.documents('feedback').filter((d) => d._type === 'surveyResponse');
    expect(stored).toHaveLength(submissions.length);
    expect(new Set(stored.map((d) => (d as unknown as { submissionId: string }).submissionId))).toEqual(new Set(submissions.map((s) => s.submissionId)));

    const mutations = double.requests.filter((r) => r.endpoint === 'mutate');
    // The outage really happened, in both forms, and the writer kept within the limit throughout.
    expect(mutations.filter((r) => r.status === 503).length).toBeGreaterThanOrEqual(3);
    expect(mutations.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(1);
    expect(double.peakMutationRate(1000)).toBeLessThanOrEqual(25);
    // Recovered promptly once Sanity did, rather than giving up or waiting minutes.
    expect(tookMs).toBeLessThan(60_000);
  });
});
