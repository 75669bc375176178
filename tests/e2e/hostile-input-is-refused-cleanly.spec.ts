// Thousands of generated hostile requests at every form and query-string page of the real server: never a 5xx,
// never a stored write from bad input, a 4xx page that says what is wrong, and anything echoed back is escaped.
// (POST /api/webhooks/sanity is the one endpoint left out: without Sanity it answers every request 503 "not set up";
// its signature checks get hostile input in tests/integration/webhook.test.ts.)
import { Agent, request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { changeCount } from '../support/data-dir.ts';
import { dataSnapshot, portFor, startOwnServer, type OwnServer } from './support/own-server.ts';

// 1,000 per endpoint in npm test; `npm run bench` sends 10,000 (HOSTILE_RUNS), and tests/unit/hostile-input.test.ts
// throws 10,000 at each endpoint's parser in-process.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 1_000);
const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4399}`;
const MARKER = '<script>alert("x")</script>';

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', MARKER, '"><img src=x onerror=alert(1)>', '../../etc/passwd', '%00', '\u0000', '\uFEFF', '\u202E', '𝕏'.repeat(50), 'a'.repeat(5000), '-1', '1e309', 'NaN', '[]', '{}', 'null', 'true'),
  fc.integer().map(String),
);
const key = fc.oneof(fc.constantFrom('need', 'category', 'area', 'cost', 'postcode', 'page', 'q', 'type', 'search', 'per_page', 'proximity', 'taxonomy_term_id', 'minimum_age', 'maximum_age', 'modified_after', 'subject', 'whatIsWrong', 'email', 'consent', 'website', 'slug', 'action', '__proto__', 'constructor', 'need[]'), fc.string({ maxLength: 12 }));
const pairs = fc.array(fc.tuple(key, nasty), { maxLength: 8 });

/** Writes recorded by the store under test: unchanged means the hostile post changed nothing. */
const writes = () => {
  const dir = process.env.E2E_DATA_DIR;
  return dir ? changeCount(dir) : 0;
};

/**
 * Sends RUNS generated payloads, 16 at a time (the server is the bottleneck, not the generator), and collects every
 * failure with the payload that caused it. The seed is printed so a failure can be replayed.
 */
async function hammer(
  label: string,
  send: (p: [string, string][]) => Promise<{ status: number; body: string }>,
  generate: fc.Arbitrary<[string, string][]> = pairs,
) {
  const seed = Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31);
  const samples = fc.sample(generate, { numRuns: RUNS, seed });
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < samples.length && failures.length < 5) {
      const p = samples[next++]!;
      const { status, body } = await send(p);
      const shown = JSON.stringify(p).slice(0, 200);
      if (status >= 500) failures.push(`${label} ${status} for ${shown}`);
      if (body.includes(MARKER)) failures.push(`${label} echoed unescaped markup for ${shown}`);
      if (status >= 400 && status !== 404 && /<html/i.test(body) && !CLEAR.test(body)) failures.push(`${label} ${status} with no clear message for ${shown}`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  expect(failures, `seed ${seed}`).toEqual([]);
}

/** What a refused page says, so the person knows what went wrong. */
const CLEAR = /There is a problem|too large|Length required|could not be found|Page not found|lot of reports|in a short time/i;

const query = (p: [string, string][]) => new URLSearchParams(p).toString();

test.describe.configure({ timeout: 15 * 60_000 });

for (const path of ['/local-offer/primary/', '/search/', '/api/oruk/services', '/api/oruk/service_at_locations', '/api/oruk/taxonomy_terms', '/shortlist/download.txt']) {
  test(`query strings at ${path}`, async ({ request }) => {
    await hammer(path, async (p) => {
      const r = await request.get(`${path}?${query(p)}`, { maxRedirects: 0 });
      return { status: r.status(), body: await r.text() };
    });
  });
}

for (const path of ['/report-a-problem/', '/shortlist/']) {
  test(`form posts to ${path} change nothing when they are bad`, async ({ request }) => {
    const before = writes();
    await hammer(path, async (p) => {
      const r = await request.post(path, {
        headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' },
        data: query(p.filter(([k]) => k !== 'subject' && k !== 'slug').concat(p.filter(([k]) => k === 'subject' || k === 'slug').map(([k, v]) => [k, `x${v}`]))),
        maxRedirects: 0,
      });
      return { status: r.status(), body: await r.text() };
    });
    expect(writes()).toBe(before);
  });
}

test('JSON posts straight to the report action change nothing when they are bad', async ({ request }) => {
  const before = writes();
  await hammer('reportProblem action', async (p) => {
    const r = await request.post('/_actions/reportProblem', {
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
      data: JSON.stringify(Object.fromEntries(p.map(([k, v]) => [k, k === 'subject' ? `x${v}` : v]))),
    });
    return { status: r.status(), body: await r.text() };
  });
  expect(writes()).toBe(before);
});

/**
 * Pairs named mostly after what an endpoint reads (and some noise), with values that are hostile or nearly right, so
 * the fuzz gets past the first check it meets. Nearly-right values never add up to a valid post: these are all bad.
 */
function fields(names: string[], nearlyRight: string[] = []): fc.Arbitrary<[string, string][]> {
  const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: key });
  const value = nearlyRight.length > 0 ? fc.oneof({ weight: 3, arbitrary: nasty }, { weight: 2, arbitrary: fc.constantFrom(...nearlyRight) }) : nasty;
  return fc.array(fc.tuple(name, value), { maxLength: 10 });
}

const PARENTS = ['age-phase', 'needs', 'area', 'listened-to', 'information-easy-to-find', 'needs-met-school', 'has-ehcp', 'review-involved', 'waiting-for', 'support-used', 'overall-experience', 'what-works', 'what-to-change', 'missing-from-local-offer'];
const YOUNG = ['age-phase', 'feel-at-school', 'adults-listen', 'ready-for-future', 'things-to-do', 'would-like-to-do', 'activities', 'help-from', 'one-change'];
const FLOW = ['survey', 'submissionId', 'step', 'nav', 'shown', 'seen', 'from', 'returnTo', 'website'];
// Flow words and real answer values, but never a valid submission id: no generated post can be a whole valid survey.
const FLOW_VALUES = ['check', 'privacy', 'saved', 'questions', 'continue', 'back', 'save', 'submit', 'change:age-phase', 'change:__proto__', 'parents-and-carers', 'young-people', 'primary', 'secondary', '4', '5', 'yes', 'no', 'good', 'none', 'dont-know', 'autism', 'camhs', '00000000-0000-0000-0000-00000000000g'];
const answersOf = (keys: string[]) => keys.map((k) => `answers.${k}`);
const surveyPost = (keys: string[]) => fields([...FLOW, ...answersOf(keys)], FLOW_VALUES);
/** The action is told which survey (mostly a real one, so its answers are checked against it), then hostile answers. */
const actionPost = fc
  .tuple(fc.oneof(fc.constantFrom('parents-and-carers', 'young-people'), nasty), fields([...FLOW, ...answersOf(PARENTS), ...answersOf(YOUNG)], FLOW_VALUES))
  .map(([survey, p]): [string, string][] => [['survey', survey], ...p]);
/** Shaped like receipt codes (one with a good check character that belongs to nobody), or nearly. */
const RECEIPTS = ['K7QM-3XVA-9D2P', 'k7qm 3xva 9d2p', 'K7QM-3XVA-9D2', 'OOOO-IIII-LLLL', '0000-0000-0000', 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', '🙂🙂🙂🙂-🙂🙂🙂🙂-🙂🙂🙂🙂'];
const PATHS = ['/', '/plan/', '//evil.example/', 'https://evil.example/', '/\\evil.example', '/plan/?q=1#x', 'javascript:alert(1)'];
const NOT_QUITE_YES = ['Yes', 'YES', 'yes ', 'y', 'true', '1', 'maybe'];
const NOT_EMAILS = ['name@', '@example.com', 'name@@example.com', 'name example.com', 'plan-updates', 'you-said-we-did'];
const TOKENS = ['eyJwdXJwb3NlIjoiY29uZmlybSJ9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'a.b', '.', 'eyJ9', 'One-Click', 'List-Unsubscribe=One-Click'];

// ---- query strings on the shared server: pages that read them, never a write ---------------------------------------

const QUERY_PAGES: { path: string; names: string[]; nearlyRight?: string[] }[] = [
  { path: '/you-said-we-did/', names: ['area', 'phase', 'page'], nearlyRight: ['priority-action-1', 'recommendation-1', 'primary', 'all', '0', '2', '999999'] },
  { path: '/you-said-we-did/feed.xml', names: ['area', 'phase', 'page'], nearlyRight: ['priority-action-1', 'recommendation-1', 'primary', 'all', '0', '2'] },
  { path: '/plan/board-pack/', names: ['quarter'], nearlyRight: ['2026-q3', '2026-q4', '2024-q1', '1999-q1', '2026-q5', '2026-Q3', '9999-q1'] },
  { path: '/plan/board-pack/actions.csv', names: ['quarter'], nearlyRight: ['2026-q3', '2024-q1', '1999-q1', '2026-q5'] },
  { path: '/plan/board-pack/measures.csv', names: ['quarter'], nearlyRight: ['2026-q3', '2024-q1', '1999-q1', '2026-q5'] },
  { path: '/have-your-say/parents-and-carers/', names: ['resume'], nearlyRight: ['', ...TOKENS] },
  { path: '/have-your-say/young-people/sent/', names: ['receipt'], nearlyRight: RECEIPTS },
  { path: '/page-feedback/', names: ['path'], nearlyRight: PATHS },
  { path: '/subscribe/confirm/', names: ['token'], nearlyRight: TOKENS },
  { path: '/subscribe/unsubscribe/', names: ['token'], nearlyRight: TOKENS },
  { path: '/report-a-problem/', names: ['subject'], nearlyRight: ['service-westmoor-sendiass', 'guide-short-breaks', 'service-', 'survey-parents-carers', 'siteSettings'] },
];

for (const { path, names, nearlyRight } of QUERY_PAGES) {
  test(`query strings at ${path}`, async ({ request }) => {
    const before = writes();
    await hammer(
      path,
      async (p) => {
        const r = await request.get(`${path}?${query(p)}`, { maxRedirects: 0 });
        return { status: r.status(), body: await r.text() };
      },
      fields(names, nearlyRight),
    );
    expect(writes()).toBe(before);
  });
}

// ---- form posts on a server of its own, so "nothing written" covers every file it keeps ---------------------------

test.describe('form posts that change things', () => {
  let server: OwnServer;
  let snapshot: Record<string, number>;
  // Each post comes from another loopback address (127.0.x.y), as if from another household: the per-address limits
  // then let the fuzz reach the handlers instead of stopping at "you have sent a lot" after a few posts.
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  let sender = 0;
  const nextAddress = () => {
    const n = sender++ % 1000;
    return `127.0.${2 + Math.floor(n / 250)}.${2 + (n % 250)}`;
  };

  function post(path: string, body: string, contentType = 'application/x-www-form-urlencoded'): Promise<{ status: number; body: string }> {
    const data = Buffer.from(body);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path,
          method: 'POST',
          agent,
          localAddress: nextAddress(),
          headers: { Origin: server.url, 'Content-Type': contentType, 'Content-Length': data.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  }

  test.beforeAll(async () => {
    server = await startOwnServer({ port: portFor(5) });
    // Made once on first use, not from anything posted: the signing secrets and the email journal.
    expect((await post('/_actions/saveSurveyProgress', 'survey=parents-and-carers&answers.age-phase=primary')).status).toBe(200);
    await fetch(`${server.url}/subscribe/confirm/?token=x`);
    await expect.poll(() => Object.keys(dataSnapshot(server.dataDir))).toContain('email/journal.ndjson');
    snapshot = dataSnapshot(server.dataDir);
  });
  test.afterAll(async () => {
    agent.destroy();
    await server?.dispose();
  });
  test.afterEach(() => {
    expect(dataSnapshot(server.dataDir), 'files in the data folder after bad posts').toEqual(snapshot);
  });

  const FORMS: { label: string; path: (p: [string, string][]) => string; generate: fc.Arbitrary<[string, string][]> }[] = [
    { label: 'survey answers to the submitSurvey action', path: () => '/_actions/submitSurvey', generate: actionPost },
    { label: 'the parents’ survey page', path: () => '/have-your-say/parents-and-carers/', generate: surveyPost(PARENTS) },
    { label: 'the easy read survey page', path: () => '/have-your-say/young-people/', generate: surveyPost(YOUNG) },
    { label: 'autosave to the saveSurveyProgress action', path: () => '/_actions/saveSurveyProgress', generate: actionPost },
    { label: 'receipt codes to the deleteSurveyResponse action', path: () => '/_actions/deleteSurveyResponse', generate: fields(['receiptCode'], RECEIPTS) },
    { label: 'the delete your answers page', path: () => '/have-your-say/delete/', generate: fields(['receiptCode'], RECEIPTS) },
    { label: 'the pageFeedback action', path: () => '/_actions/pageFeedback', generate: fields(['path', 'useful', 'whatWasWrong', 'website'], [...PATHS, ...NOT_QUITE_YES]) },
    { label: 'the is this page useful page', path: () => '/page-feedback/', generate: fields(['path', 'return', 'useful', 'whatWasWrong', 'website'], [...PATHS, ...NOT_QUITE_YES]) },
    { label: 'the email updates sign-up', path: () => '/subscribe/', generate: fields(['email', 'topics', 'website'], NOT_EMAILS) },
    { label: 'the confirm email updates page', path: () => '/subscribe/confirm/', generate: fields(['token'], TOKENS) },
    // A mail program's one-click post and the page's own button, with the token in the address as the links carry it.
    { label: 'the unsubscribe page', path: (p) => `/subscribe/unsubscribe/?${query(p.filter(([k]) => k === 'token'))}`, generate: fields(['token', 'List-Unsubscribe'], TOKENS) },
  ];

  for (const { label, path, generate } of FORMS) {
    test(`posts to ${label} are refused cleanly and change nothing`, async () => {
      await hammer(label, (p) => post(path(p), query(p)), generate);
    });
  }
});
