// Helpers for the Have your say journeys: a private server with surveys the sample lacks (one closed, one not yet
// open) and its own data folder, so a test can see exactly what was written; and keyboard-only navigation.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { SAMPLE_DAY_FILE } from '../../../src/sample/sample-day.ts';
import { changeCount, storedDocuments } from '../../support/data-dir.ts';
import { SAMPLE_DAY } from '../../support/sample-day.ts';
import { SERVER_NODE_FLAGS } from '../../../scripts/server-flags.mjs';

export interface PrivateServer {
  /** Its origin, e.g. http://localhost:41234 */
  url: string;
  dataDir: string;
  /** Writes to the private (feedback) dataset so far: unchanged means nothing was written. */
  feedbackWrites(): number;
  /** The private dataset's documents, as stored: what was kept of what was sent. */
  feedbackStored(): string;
  stop(): Promise<void>;
}

const DAY = 86_400_000;

/** Copies of the sample's parents' survey: one that closed a month ago and one that opens in two months. */
function extraSurveys(sampleLines: string[], now: number): string[] {
  const parents = JSON.parse(sampleLines.find((l) => l.includes('"_id":"survey-parents-carers"'))!) as Record<string, unknown>;
  const closed = {
    ...parents,
    _id: 'survey-short-breaks-2025',
    title: 'Short breaks survey',
    slug: { _type: 'slug', current: 'short-breaks' },
    opensAt: new Date(now - 400 * DAY).toISOString(),
    closesAt: new Date(now - 30 * DAY).toISOString(),
  };
  const future = {
    ...parents,
    _id: 'survey-travel-to-school',
    title: 'Travel to school survey',
    slug: { _type: 'slug', current: 'travel-to-school' },
    opensAt: new Date(now + 60 * DAY).toISOString(),
    closesAt: new Date(now + 120 * DAY).toISOString(),
  };
  return [JSON.stringify(closed), JSON.stringify(future)];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The built site (BUILD_DIR) served by scripts/serve.ts, on a free port, with its own content and data folders. */
export async function startPrivateServer(): Promise<PrivateServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'survey-e2e-'));
  const contentDir = join(scratch, 'content');
  const dataDir = join(scratch, 'data');
  const sample = readFileSync('content/sample.ndjson', 'utf8').split('\n').filter(Boolean);
  mkdirSync(contentDir);
  // The extra surveys are written as of the sample's own day, and move with the sample to the day the store is made.
  writeFileSync(join(contentDir, 'sample.ndjson'), [...sample, ...extraSurveys(sample, Date.parse(`${SAMPLE_DAY}T12:00:00Z`))].join('\n') + '\n');
  copyFileSync(join('content', SAMPLE_DAY_FILE), join(contentDir, SAMPLE_DAY_FILE));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.ts'], {
    // A low survey limit (SURVEY_RATE_LIMIT, 300 a minute by default), so reaching it takes a few posts, not hundreds.
    env: { ...process.env, PORT: String(port), HOST: 'localhost', DATA_DIR: dataDir, CONTENT_DIR: contentDir, SURVEY_RATE_LIMIT: '30' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the private server stopped: ${output}`);
    const ok = await fetch(`${url}/have-your-say/`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the private server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    feedbackWrites: () => changeCount(dataDir, 'feedback'),
    feedbackStored: () => storedDocuments(dataDir, 'feedback'),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Press Tab until the element has focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`pressing Tab ${maxPresses} times never reached ${target}`);
}

/** The receipt code on a confirmation page, checked for its shape. */
export async function receiptCodeOn(page: Page): Promise<string> {
  const code = (await page.locator('.app-receipt-code').innerText()).trim();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  return code;
}

/**
 * Waits until the survey island has hydrated and its effects have run (Astro removes the island's `ssr` attribute
 * once it has rendered; the island's last effect marks the body `govuk-frontend-supported`, after autosave is
 * listening), so a test acts on the enhanced page rather than racing the script that enhances it.
 */
export async function islandsHydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island')).not.toHaveCount(0);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('body.govuk-frontend-supported')).toHaveCount(1);
}
