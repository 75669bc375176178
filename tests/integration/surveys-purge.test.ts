// npm run purge: contact details older than the retention period are removed; the reports themselves stay. Survey
// answers older than theirs are deleted with their quotes, and the figures published for their quarters stay.
import { sampleDayClock } from '../support/sample-day.ts';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/purge.ts';
import type { CorrectionReport, YouSaidWeDid } from '../../src/model/index.ts';
import { yearsBefore } from '../../src/privacy/retention.ts';
import { quoteKeyPrefix } from '../../src/surveys/moderation.ts';
import { openLocalStore, type LocalStore } from '../../src/store/index.ts';
import { formatDate } from '../../src/text/dates.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT_DIR = join(ROOT, 'content');

let dataDir: string;
let store: LocalStore;
let out: string[];
let err: string[];

const run = (now: string, ...argv: string[]) =>
  main(argv, { store, now: () => new Date(now), out: (l) => out.push(l), err: (l) => err.push(l) });

async function reports(): Promise<CorrectionReport[]> {
  return store.query<CorrectionReport[]>('*[_type == "correctionReport"] | order(_id asc)', {}, { dataset: 'feedback' });
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'purge-'));
  store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
  out = [];
  err = [];
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('purging survey answers', () => {
  const MEASURE = 'impactMeasure-young-people-who-feel-listened-to';

  it('deletes answers older than the answer retention period with their quotes, and keeps the figures of their quarters', async () => {
    const now = sampleDayClock()();
    const years = await store.query<number>('*[_type == "siteSettings"][0].answerRetentionYears');
    const cutoff = yearsBefore(now, years).toISOString();
    const expired = await store.query<string[]>('*[_type == "surveyResponse" && dateTime(submittedAt) < dateTime($cutoff)]._id', { cutoff }, { dataset: 'feedback' });
    const kept = await store.query<number>('count(*[_type == "surveyResponse" && dateTime(submittedAt) >= dateTime($cutoff)])', { cutoff }, { dataset: 'feedback' });
    expect(expired.length).toBeGreaterThan(10);
    expect(kept).toBeGreaterThan(10);
    // A quote from one of the old answers is on a "You said, we did" page.
    const page = (await store.query<YouSaidWeDid>('*[_type == "youSaidWeDid"][0]'))!;
    const quote = { _key: `${quoteKeyPrefix(expired[0]!)}one-change`, text: 'An old quote that must go with its answer.', attribution: 'A young person', approvedAt: '2024-06-01' };
    await store.patch(page._id, { set: { quotes: [...(page.quotes ?? []), quote] } });
    const figures = store.measureFigures(MEASURE, 'none');

    expect(await run(now.toISOString())).toBe(0);
    expect(out).toContain(
      `Deleted ${expired.length} survey answers older than ${years} years (sent before ${formatDate(cutoff)}). The figures published for their quarters stay.`,
    );
    expect(out).toContain(`  Took a quote from them down from ${page._id}.`);
    expect(await store.query('*[_type == "surveyResponse" && _id in $ids]._id', { ids: expired }, { dataset: 'feedback' })).toEqual([]);
    expect(await store.query<number>('count(*[_type == "surveyResponse"])', {}, { dataset: 'feedback' })).toBe(kept);
    expect(((await store.getDocument(page._id)) as YouSaidWeDid).quotes?.map((q) => q.text)).not.toContain(quote.text);
    // The chart keeps its old points: the quarters had ended, so their figures were published before the answers went.
    expect(store.measureFigures(MEASURE, 'none')).toEqual(figures);

    out = [];
    expect(await run(now.toISOString(), '--dry-run')).toBe(0);
    expect(out).toContain(`No survey answers are older than ${years} years (sent before ${formatDate(cutoff)}). Nothing to delete.`);
  });
});

describe('purging contact details', () => {
  it('removes email addresses and consent older than 365 days, keeps newer ones and every report, and lists what went', async () => {
    const before = await reports();
    const withEmail = before.filter((r) => r.email);
    expect(withEmail.length).toBeGreaterThanOrEqual(2);
    const oldest = withEmail.map((r) => r.createdAt).sort()[0]!;
    // A year and a day after the oldest report with an email: only that one (and any as old) is past retention.
    const now = new Date(Date.parse(oldest) + 366 * 86_400_000).toISOString();
    const expired = withEmail.filter((r) => Date.parse(r.createdAt) < Date.parse(now) - 365 * 86_400_000);

    expect(await run(now)).toBe(0);
    expect(out[0]).toMatch(new RegExp(`^Removed the email address and consent to contact from ${expired.length} correction reports? older than 365 days \\(sent before `));
    for (const r of expired) expect(out.join('\n')).toContain(`  ${r._id} (sent `);
    expect(out.join('\n')).not.toMatch(/@/);

    const after = await reports();
    expect(after.map((r) => r._id)).toEqual(before.map((r) => r._id));
    for (const r of after) {
      const wasExpired = expired.some((e) => e._id === r._id);
      expect(Boolean(r.email), r._id).toBe(!wasExpired && Boolean(before.find((b) => b._id === r._id)!.email));
      if (wasExpired) expect(r.consentToContact).toBe(false);
      expect(r.whatIsWrong).toBe(before.find((b) => b._id === r._id)!.whatIsWrong);
    }
  });

  it('keeps the removal after a restart, and finds nothing more to do the second time', async () => {
    expect(await run('2030-01-01T00:00:00Z')).toBe(0);
    await store.close();
    store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
    expect((await reports()).filter((r) => r.email || r.consentToContact)).toEqual([]);
    out = [];
    expect(await run('2030-01-01T00:00:00Z')).toBe(0);
    expect(out[0]).toMatch(/^No contact details are older than 365 days \(from before 1 January 2029\)\. Nothing to remove\.$/);
  });

  it('changes nothing in a dry run, but says what would go', async () => {
    const before = await reports();
    const records = store.stats().changes;
    expect(await run('2030-01-01T00:00:00Z', '--dry-run')).toBe(0);
    expect(out[0]).toMatch(/^Would remove the email address and consent to contact from \d+ correction reports/);
    expect(out.at(-1)).toBe('Dry run: nothing was changed.');
    expect(await reports()).toEqual(before);
    expect(store.stats().changes).toBe(records);
  });

  it('refuses options it does not know', async () => {
    expect(await run('2030-01-01T00:00:00Z', '--everything')).toBe(2);
    expect(err.join('\n')).toMatch(/Unknown option '--everything'/);
  });

  it('runs from the command line against DATA_DIR', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/node24.mjs'), 'scripts/purge.ts', '--dry-run'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, CONTENT_DIR, SANITY_PROJECT_ID: '' },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Dry run: nothing was changed\.\n$/);
  });
});
