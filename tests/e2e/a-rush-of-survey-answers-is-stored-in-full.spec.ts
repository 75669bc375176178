// A school's families all answer the survey at once: every answer sent is acknowledged with a receipt code, none gets
// a server error, and every acknowledged answer is in the store afterwards exactly as it was sent.
// 2,000 at 100 at a time in npm test; BURST_SIZE=10000 for the full size (bench). With the limit per address on (the
// default), a whole school sharing one address still gets through, and a flood beyond it is asked to wait.
import { expect, test } from '@playwright/test';
import { openStoreAt, portFor, startOwnServer, type OwnServer } from './support/own-server.ts';
import { acknowledged, burst, differences, expectTextKeptAsSent, send, storedResponses, submissionFor } from './support/survey-burst.ts';

const SIZE = Number(process.env.BURST_SIZE ?? 2_000);
const CONCURRENCY = 100;

let server: OwnServer | undefined;
test.afterAll(async () => {
  await server?.dispose();
});

test.describe.configure({ timeout: Math.max(120_000, SIZE * 60) });

test(`${SIZE.toLocaleString('en-GB')} survey answers sent ${CONCURRENCY} at a time are all acknowledged and all stored as sent`, async () => {
  // The limit per address is off, as behind a proxy that limits instead: this is about the server, not the limit.
  server = await startOwnServer({ port: portFor(2), env: { SURVEY_RATE_LIMIT: '0' } });
  const run = crypto.randomUUID().slice(0, 8);
  expectTextKeptAsSent(run);
  const submissions = Array.from({ length: SIZE }, (_, i) => submissionFor(run, i));

  const started = performance.now();
  const outcomes = await burst(server.url, submissions, CONCURRENCY);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${SIZE} submissions in ${seconds.toFixed(1)} s (${Math.round(SIZE / seconds)} a second)`);

  const byStatus = new Map<string, number>();
  for (const o of outcomes) byStatus.set(`HTTP ${o.status}`, (byStatus.get(`HTTP ${o.status}`) ?? 0) + 1);
  expect(outcomes.filter((o) => o.status >= 500 || o.status === 0), 'server errors or dropped connections').toEqual([]);
  expect(outcomes.filter((o) => !acknowledged(o)), `answers not acknowledged (${[...byStatus].map(([k, n]) => `${k}: ${n}`).join(', ')})`).toEqual([]);
  expect(outcomes.filter((o) => o.duplicate), 'first posts taken for repeats').toEqual([]);
  expect(new Set(outcomes.map((o) => o.receiptCode)).size, 'every person gets their own receipt code').toBe(SIZE);

  // Stopped as a deployment would stop it, then the store it wrote is read directly.
  await server.stop();
  const store = await openStoreAt(server.dataDir);
  try {
    const stored = await storedResponses(store, run);
    expect(stored.size).toBe(SIZE);
    const problems = submissions.flatMap((s, i) => differences(s.expected, stored.get(s.expected.submissionId), outcomes[i]!.receiptCode));
    expect(problems.slice(0, 20), `${problems.length} differences between what was sent and what was stored`).toEqual([]);
  } finally {
    await store.close();
  }
});

test('with the default limit, 300 families answering at once from one school’s address all get through, and a flood beyond is asked to wait', async () => {
  // SURVEY_RATE_LIMIT unset: 300 answers a minute from one address, topped up at 5 a second.
  const limited = await startOwnServer({ port: portFor(4) });
  try {
    const run = crypto.randomUUID().slice(0, 8);
    const started = performance.now();
    const school = await burst(limited.url, Array.from({ length: 300 }, (_, i) => submissionFor(run, i)), CONCURRENCY);
    expect(school.filter((o) => !acknowledged(o)).map((o) => o.status), 'answers from the school turned away').toEqual([]);

    // Then one after another until refused: only what the limit tops up in the meantime gets through.
    let extra = 0;
    let refused: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 300; i < 400 && !refused; i++) {
      const outcome = await send(limited.url, { ...submissionFor(run, i), viaPage: false });
      if (acknowledged(outcome)) extra++;
      else refused = outcome;
    }
    const seconds = (performance.now() - started) / 1000;
    expect(refused?.status).toBe(429);
    expect(refused?.error).toMatch(/You have sent a lot of answers in a short time\. Wait \d+ seconds and try again\./);
    expect(extra).toBeLessThanOrEqual(Math.ceil(seconds * 5) + 1);

    // The form without JavaScript says the same on its page.
    const page = await send(limited.url, { ...submissionFor(run, 400), viaPage: true });
    expect(page.status).toBe(429);
  } finally {
    await limited.dispose();
  }
});
