// npm run moderate on the embedded store: the comms team lists, approves, rejects and quotes written answers.
import { sampleDayClock } from '../support/sample-day.ts';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, LIVE_NOTE, type ModerateIo } from '../../scripts/moderate.ts';
import type { SurveyResponse, YouSaidWeDid } from '../../src/model/index.ts';
import { openLocalStore, type LocalStore } from '../../src/store/index.ts';
import { listPendingAnswers } from '../../src/surveys/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT_DIR = join(ROOT, 'content');
const NOW = new Date('2026-11-23T10:30:00Z');

let dataDir: string;
let store: LocalStore;
let out: string[];
let err: string[];

async function open(): Promise<LocalStore> {
  store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
  return store;
}

function io(extra: Partial<ModerateIo> = {}): ModerateIo {
  return { store, now: () => NOW, out: (l) => out.push(l), err: (l) => err.push(l), interactive: false, ...extra };
}

const run = (...argv: string[]) => main(argv, io());

async function response(id: string): Promise<SurveyResponse> {
  return (await store.getDocument(id, { dataset: 'feedback' })) as SurveyResponse;
}
async function page(slug: string): Promise<YouSaidWeDid> {
  return store.query<YouSaidWeDid>('*[_type == "youSaidWeDid" && slug.current == $slug][0]', { slug });
}
async function aPageSlug(): Promise<string> {
  return store.query<string>('*[_type == "youSaidWeDid"] | order(slug.current asc)[0].slug.current');
}
/** Everything written since the seed: unchanged means nothing was written. */
const writes = () => store.stats().changes;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'moderate-'));
  out = [];
  err = [];
  await open();
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('listing the answers waiting', () => {
  it('shows each with its id, survey, date and stored (scrubbed) text, oldest first', async () => {
    const pending = await listPendingAnswers(store);
    expect(pending.length).toBeGreaterThan(20);
    expect(await run('--list', '--limit', '2')).toBe(0);
    const text = out.join('\n');
    expect(out[0]).toBe(`${pending.length} written answers are waiting for moderation, oldest first:`);
    expect(text).toContain(`${pending[0]!.responseId}:${pending[0]!.questionKey}`);
    expect(text).toContain(pending[0]!.surveyTitle);
    expect(text).toContain(pending[0]!.text.split('\n')[0]);
    expect(text).not.toContain(`${pending[2]!.responseId}:${pending[2]!.questionKey}`);
    expect(out.at(-1)).toBe(`\n… and ${pending.length - 2} more: use --limit ${pending.length} to see them all.`);
  });
});

describe('approving an answer', () => {
  it('marks it approved with its themes, quotes it on a "You said, we did" page, and keeps both after a restart', async () => {
    const [first] = await listPendingAnswers(store);
    const slug = await aPageSlug();
    const before = (await page(slug)).quotes.length;
    const id = `${first!.responseId}:${first!.questionKey}`;
    expect(await run('--approve', id, '--theme', 'waiting-times', '--theme', 'being-involved', '--quote-to', slug, '--attribution', 'A parent of a primary-age child')).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe(`Approved ${id}.`);

    await store.close();
    await open();
    const answer = (await response(first!.responseId)).answers.find((a) => a.questionKey === first!.questionKey)!;
    expect(answer.moderation).toBe('approved');
    expect(answer.themes?.map((t) => [t._ref, t._weak])).toEqual([
      ['feedbackTheme-waiting-times', true],
      ['feedbackTheme-being-involved', true],
    ]);
    const quotes = (await page(slug)).quotes;
    expect(quotes).toHaveLength(before + 1);
    expect(quotes.at(-1)).toMatchObject({ text: first!.text.trim(), attribution: 'A parent of a primary-age child', approvedAt: '2026-11-23' });
  });

  it('quotes the text scrubbed again, so nothing personal that slipped in can go public', async () => {
    const [first] = await listPendingAnswers(store);
    const doc = await response(first!.responseId);
    const answers = doc.answers.map((a) => (a.questionKey === first!.questionKey ? { ...a, text: 'Call me on 07700 900123, it helped.' } : a));
    await store.patch(doc._id, { set: { answers } }, { dataset: 'feedback' });
    const slug = await aPageSlug();
    expect(await run('--approve', `${first!.responseId}:${first!.questionKey}`, '--quote-to', slug)).toBe(0);
    expect((await page(slug)).quotes.at(-1)).toMatchObject({ text: 'Call me on [phone], it helped.', attribution: expect.stringMatching(/^A (parent|young)/) });
  });

  it('does not add the same quote twice', async () => {
    const [first] = await listPendingAnswers(store);
    const slug = await aPageSlug();
    const id = `${first!.responseId}:${first!.questionKey}`;
    await run('--approve', id, '--quote-to', slug);
    const count = (await page(slug)).quotes.length;
    expect(await run('--approve', id, '--quote-to', slug)).toBe(0);
    expect((await page(slug)).quotes).toHaveLength(count);
  });
});

describe('rejecting an answer', () => {
  it('marks it rejected and takes down a quote of it that was published earlier', async () => {
    const [first] = await listPendingAnswers(store);
    const slug = await aPageSlug();
    const id = `${first!.responseId}:${first!.questionKey}`;
    await run('--approve', id, '--quote-to', slug);
    const withQuote = (await page(slug)).quotes.length;
    out = [];
    expect(await run('--reject', id, '--theme', 'waiting-times')).toBe(0);
    expect(out).toContain(`Took its quote down from ${(await page(slug))._id}.`);
    expect((await page(slug)).quotes).toHaveLength(withQuote - 1);
    expect((await response(first!.responseId)).answers.find((a) => a.questionKey === first!.questionKey)?.moderation).toBe('rejected');
    expect((await listPendingAnswers(store)).some((p) => p.responseId === first!.responseId && p.questionKey === first!.questionKey)).toBe(false);
  });
});

describe('mistakes change nothing and say what is wrong', () => {
  const cases: [string, (ctx: { id: string; slug: string }) => string[], number, RegExp][] = [
    ['an id that is not an answer id', () => ['--approve', 'not an id'], 1, /"not an id" is not an answer id: use <response id>:<question key>/],
    ['a response that does not exist', () => ['--approve', 'response-nope:what-works'], 1, /There is no survey response "response-nope"/],
    ['a question with no written answer', ({ id }) => ['--approve', `${id.split(':')[0]}:age-phase`], 1, /has no written answer to "age-phase"; its written answers are/],
    ['a theme that does not exist', ({ id }) => ['--approve', id, '--theme', 'waiting-times', '--theme', 'nonsense'], 1, /No feedback theme has the slug "nonsense". Themes: being-involved/],
    ['a page that does not exist', ({ id }) => ['--approve', id, '--quote-to', 'no-such-page'], 1, /No "You said, we did" has the slug "no-such-page". There are: /],
    ['an attribution that names someone', ({ id, slug }) => ['--approve', id, '--quote-to', slug, '--attribution', 'Mrs Patel'], 1, /could identify someone/],
    ['quoting a rejected answer', ({ id, slug }) => ['--reject', id, '--quote-to', slug], 2, /--quote-to goes with --approve/],
    ['two actions at once', ({ id }) => ['--approve', id, '--reject', id], 2, /Choose one of --list, --approve and --reject/],
    ['an attribution without a page', ({ id }) => ['--approve', id, '--attribution', 'A parent'], 2, /--attribution goes with --quote-to/],
    ['an unknown option', () => ['--approve-all'], 2, /Unknown option '--approve-all'/],
    ['a bad limit', () => ['--list', '--limit', 'lots'], 2, /--limit must be a whole number/],
  ];

  it.each(cases)('%s', async (_name, argv, code, message) => {
    const [first] = await listPendingAnswers(store);
    const ctx = { id: `${first!.responseId}:${first!.questionKey}`, slug: await aPageSlug() };
    const before = writes();
    expect(await run(...argv(ctx))).toBe(code);
    expect(err.join('\n')).toMatch(message);
    expect(writes()).toBe(before);
  });
});

describe('going through answers one by one', () => {
  it('approves, skips and rejects as told, asking for themes and a quote', async () => {
    const pending = await listPendingAnswers(store);
    const slug = await aPageSlug();
    const input = Readable.from(['a\n', 'waiting-times\n', `${slug}\n`, '\n', 's\n', 'x\n', 'r\n', '\n', 'q\n']);
    expect(await main([], io({ interactive: true, input }))).toBe(0);
    const [one, two, three] = pending;
    const state = async (p: typeof one) => (await response(p!.responseId)).answers.find((a) => a.questionKey === p!.questionKey)?.moderation;
    expect(await state(one)).toBe('approved');
    expect(await state(two)).toBe('pending');
    expect(await state(three)).toBe('rejected');
    expect(out.slice(-2)).toEqual(['\nModerated 2 answers.', LIVE_NOTE]);
    expect((await page(slug)).quotes.at(-1)?.attribution).toMatch(/^A (parent or carer|young person)/);
  });
});

describe('the command', () => {
  it('runs from the command line against DATA_DIR', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/node24.mjs'), 'scripts/moderate.ts', '--list', '--limit', '1'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, CONTENT_DIR, SANITY_PROJECT_ID: '' },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/written answers are waiting for moderation, oldest first:\n\nresponse-\d+:[a-z-]+\n/);
  });
});
