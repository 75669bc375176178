// npm test: typecheck, unit + contract + integration tests (vitest), build, then end-to-end tests in Chromium.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './browser.ts';
import { ensureCaddy } from './caddy.ts';
import { root, runNode, seconds } from './lib.ts';
import { londonDate } from '../src/text/dates.ts';

const e2eOnly = process.argv.includes('--e2e-only');
// Anything after `--` goes to Playwright, e.g. `npm run test:e2e -- tests/e2e/plan` to run some journeys.
// (npm drops the `--` itself, so other arguments that are not our own flags go to Playwright too.)
const playwrightArgs = process.argv.includes('--')
  ? process.argv.slice(process.argv.indexOf('--') + 1)
  : process.argv.slice(2).filter((a) => a !== '--e2e-only');
const results: { step: string; time: string; ok: boolean }[] = [];
const counts = { passed: 0, failed: 0, skipped: 0 };
const scratch = mkdtempSync(join(tmpdir(), 'send-portal-test-'));
// The end-to-end run takes one day as today, read once (E2E_TODAY to choose another): the build's prerendered pages and
// the servers' on-demand pages are then of the same day, and the store moves the sample to it.
const e2eToday = process.env.E2E_TODAY ?? londonDate(new Date());
const e2eEnv = { ...process.env, E2E_TODAY: e2eToday, TEST_TODAY: e2eToday, DATA_DIR: join(scratch, 'data') };

async function step(name: string, body: () => Promise<number>): Promise<void> {
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  const code = await body();
  results.push({ step: name, time: seconds(started), ok: code === 0 });
  if (code !== 0) finish(code);
}

function finish(code: number): never {
  console.log('\nStep                         Time      Result');
  for (const r of results) console.log(`${r.step.padEnd(28)} ${r.time.padStart(8)}  ${r.ok ? 'ok' : 'FAILED'}`);
  console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
}

function addVitestCounts(file: string): void {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests;
}

function addPlaywrightCounts(file: string): void {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  counts.skipped += report.stats.skipped;
}

if (!e2eOnly) {
  // astro check typechecks .astro templates as well as every .ts file in tsconfig.json.
  await step('Typecheck', () => runNode(join(root, 'node_modules/astro/bin/astro.mjs'), ['check', '--minimumSeverity', 'error']));
  const vitestReport = join(scratch, 'vitest.json');
  await step('Unit and contract tests', async () => {
    const code = await runNode(join(root, 'node_modules/vitest/vitest.mjs'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ]);
    addVitestCounts(vitestReport);
    return code;
  });
}

await step('Build the site', () => runNode(join(root, 'scripts/build.ts'), [], e2eEnv));

const chromium = await ensureChromium();
// A real reverse proxy for the "behind HTTPS" journey; without one it runs behind a Node TLS proxy instead.
const caddy = ensureCaddy();
const playwrightReport = join(scratch, 'playwright.json');
await step('End-to-end tests (Chromium)', async () => {
  const code = await runNode(join(root, 'node_modules/@playwright/test/cli.js'), ['test', ...playwrightArgs], {
    ...e2eEnv,
    E2E_CHROMIUM: chromium,
    ...(caddy ? { E2E_CADDY: caddy } : {}),
    E2E_DATA_DIR: join(scratch, 'data'),
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
  addPlaywrightCounts(playwrightReport);
  return code;
});

finish(counts.failed > 0 ? 1 : 0);
