// npm run page-feedback on the embedded store: the sample's "Is this page useful?" answers, summed up for the team.
import { sampleDayClock } from '../support/sample-day.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { main } from '../../scripts/page-feedback.ts';
import { openLocalStore, type LocalStore } from '../../src/store/index.ts';

const CONTENT_DIR = join(import.meta.dirname, '../../content');
let dataDir: string;
let store: LocalStore;
let out: string[];
let err: string[];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'page-feedback-'));
  store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
  out = [];
  err = [];
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const run = (...args: string[]) => main(args, { store, out: (l) => out.push(l), err: (l) => err.push(l) });

it('prints the totals, the Local Offer as a whole, and the least useful pages with what people said', async () => {
  expect(await run('--top', '3')).toBe(0);
  expect(out[0]).toMatch(/^Is this page useful\? All answers: \d+ of \d+ \(\d+%\) found it useful\.$/);
  expect(out[1]).toMatch(/^Local Offer pages: \d+ of \d+ \(\d+%\) found it useful; \d+ said what was wrong\.$/);
  expect(out.filter((l) => l.startsWith('\n/'))).toHaveLength(3);
  expect(out.at(-1)).toMatch(/more pages \(use --top\)\.$/);
});

it('refuses a bad date or count with a clear message', async () => {
  expect(await run('--from', '23/11/2026')).toBe(2);
  expect(err[0]).toContain('--from must be a date such as 2026-04-01');
  expect(await run('--top', '0')).toBe(2);
  expect(err.at(-1)).toContain('--top must be a whole number of pages');
});
