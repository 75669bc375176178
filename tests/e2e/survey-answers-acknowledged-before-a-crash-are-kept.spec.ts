// The server is killed (SIGKILL, no chance to tidy up) in the middle of a rush of survey answers. Everyone who was shown
// a receipt code still has their answers stored, once and as sent; everyone else can send again and is stored once.
import { expect, test } from '@playwright/test';
import { openStoreAt, portFor, startOwnServer, type OwnServer } from './support/own-server.ts';
import { acknowledged, burst, differences, expectTextKeptAsSent, storedResponses, submissionFor, type Outcome } from './support/survey-burst.ts';

const SIZE = Math.min(Number(process.env.BURST_SIZE ?? 1_500), 5_000);
const CONCURRENCY = 100;

let server: OwnServer | undefined;
test.afterAll(async () => {
  await server?.dispose();
});

test.describe.configure({ timeout: 180_000 });

test('answers acknowledged before the server was killed are all there after it restarts, none twice', async () => {
  server = await startOwnServer({ port: portFor(3), env: { SURVEY_RATE_LIMIT: '0' } });
  const run = crypto.randomUUID().slice(0, 8);
  expectTextKeptAsSent(run);
  // Everyone answers through the action here, so the kill lands among writes, not among page renders.
  const submissions = Array.from({ length: SIZE }, (_, i) => ({ ...submissionFor(run, i), viaPage: false }));

  // Killed once a third have been acknowledged, while a hundred more are in flight.
  let acked = 0;
  let killing: Promise<void> | undefined;
  const first = await burst(server.url, submissions, CONCURRENCY, (o) => {
    if (acknowledged(o)) acked++;
    if (!killing && acked >= SIZE / 3) killing = server!.kill();
    return !killing;
  });
  await killing;
  const shown = first.map((o, i) => ({ o, i })).filter((x): x is { o: Outcome & { receiptCode: string }; i: number } => acknowledged(x.o));
  const lost = first.filter((o) => o && !acknowledged(o));
  console.log(`${shown.length} acknowledged before the kill, ${lost.length} cut off (${[...new Set(lost.map((o) => o.status))].join(', ')})`);
  expect(killing, 'the server was killed mid-burst').toBeDefined();
  expect(shown.length).toBeGreaterThanOrEqual(SIZE / 3);
  expect(first.filter((o) => o && o.status >= 500), 'server errors before the kill').toEqual([]);
  expect(lost.length, 'requests were in flight when it died').toBeGreaterThan(0);

  // What the dead server left on disk holds every acknowledged answer, as sent.
  let store = await openStoreAt(server.dataDir);
  try {
    const stored = await storedResponses(store, run);
    const missing = shown.flatMap(({ o, i }) => differences(submissions[i]!.expected, stored.get(submissions[i]!.expected.submissionId), o.receiptCode));
    expect(missing.slice(0, 20), `${missing.length} acknowledged answers missing or changed after the crash`).toEqual([]);
  } finally {
    await store.close();
  }

  // Restarted on the same data folder: everyone who pressed "Send" presses it again. Those shown a receipt get the
  // same one back and nothing new is stored; those cut off are stored now (or found, if theirs landed before the reply
  // was lost). Those who had not sent yet never did.
  await server.restart();
  const sent = first.flatMap((o, i) => (o ? [i] : []));
  const again = await burst(server.url, sent.map((i) => submissions[i]!), CONCURRENCY);
  expect(again.filter((o) => !acknowledged(o)).map((o) => `${o.status} ${o.error ?? ''}`).slice(0, 5), 'answers refused after the restart').toEqual([]);
  const receiptAfter = new Map(sent.map((i, k) => [i, again[k]!]));
  const changed = shown.filter(({ o, i }) => receiptAfter.get(i)!.receiptCode !== o.receiptCode || !receiptAfter.get(i)!.duplicate);
  expect(changed.length, 'acknowledged answers the restarted server did not recognise').toBe(0);

  await server.stop();
  store = await openStoreAt(server.dataDir);
  try {
    const stored = await storedResponses(store, run);
    expect(stored.size, 'each answer sent stored exactly once').toBe(sent.length);
    const problems = sent.flatMap((i) => differences(submissions[i]!.expected, stored.get(submissions[i]!.expected.submissionId), receiptAfter.get(i)!.receiptCode));
    expect(problems.slice(0, 20), `${problems.length} differences between what was sent and what was stored`).toEqual([]);
  } finally {
    await store.close();
  }
});
