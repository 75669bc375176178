// What a load balancer and a deployment rely on: /healthz and /readyz, and a SIGTERM in the middle of a rush of survey
// answers that lets every answer under way finish, keeps each one that was acknowledged, and exits 0 within 10 s.
import { expect, test } from '@playwright/test';
import { openStoreAt, portFor, startOwnServer, type OwnServer } from './support/own-server.ts';
import { acknowledged, burst, differences, storedResponses, submissionFor, type Outcome } from './support/survey-burst.ts';

const SIZE = 600;
const CONCURRENCY = 50;

let server: OwnServer | undefined;
test.afterAll(async () => {
  await server?.dispose();
});

test.describe.configure({ timeout: 120_000 });

test('health and readiness answer plainly, uncached, and never reach a log with their query', async ({ request }) => {
  server = await startOwnServer({ port: portFor(9) });
  const health = await request.get(`${server.url}/healthz`);
  expect(health.status()).toBe(200);
  expect(await health.text()).toBe('ok\n');
  expect(health.headers()['cache-control']).toBe('no-store');
  const ready = await request.get(`${server.url}/readyz?probe=lb-1`);
  expect(ready.status()).toBe(200);
  expect(await ready.text()).toBe('ready\n');
  expect(ready.headers()['cache-control']).toBe('no-store');
  // The request log: one JSON line each, the path without its query string.
  await request.get(`${server.url}/search/?q=sarah+jones`);
  await expect.poll(() => server!.output()).toContain('"path":"/search/"');
  const lines = server.output().split('\n').filter((l) => l.startsWith('{"id"'));
  expect(lines.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/search/']));
  expect(server.output()).not.toContain('sarah');
  expect(server.output()).not.toContain('lb-1');
  await server.dispose();
  server = undefined;
});

test('SIGTERM mid-rush: answers under way finish, every acknowledged one is kept, and it exits 0 within 10 s', async () => {
  server = await startOwnServer({ port: portFor(9), env: { SURVEY_RATE_LIMIT: '0' } });
  const run = crypto.randomUUID().slice(0, 8);
  const submissions = Array.from({ length: SIZE }, (_, i) => ({ ...submissionFor(run, i), viaPage: false }));
  let acked = 0;
  let stopping: Promise<void> | undefined;
  let stoppedIn = 0;
  const outcomes = await burst(server.url, submissions, CONCURRENCY, (o) => {
    if (acknowledged(o)) acked++;
    if (!stopping && acked >= SIZE / 3) {
      const started = performance.now();
      stopping = server!.stop().then(() => void (stoppedIn = performance.now() - started));
    }
    return !stopping;
  });
  await stopping;
  expect(stopping, 'SIGTERM was sent mid-rush').toBeDefined();
  expect(server.exited()).toEqual({ code: 0, signal: null });
  expect(stoppedIn).toBeLessThan(10_000);
  expect(outcomes.filter((o) => o && o.status >= 500), 'server errors').toEqual([]);

  const shown = outcomes.map((o, i) => ({ o, i })).filter((x): x is { o: Outcome & { receiptCode: string }; i: number } => acknowledged(x.o));
  const store = await openStoreAt(server.dataDir);
  try {
    const stored = await storedResponses(store, run);
    const missing = shown.flatMap(({ o, i }) => differences(submissions[i]!.expected, stored.get(submissions[i]!.expected.submissionId), o.receiptCode));
    expect(missing.slice(0, 20), `${missing.length} acknowledged answers missing after SIGTERM`).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(shown.length);
  } finally {
    await store.close();
  }
});
