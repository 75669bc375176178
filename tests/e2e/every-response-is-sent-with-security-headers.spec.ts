// Every address the site answers (prerendered pages, static files, on-demand pages, APIs, errors) carries a strict
// Content-Security-Policy, nosniff and a Referrer-Policy; HSTS when served over https; forms and what a form post
// gets back are never cached; another site cannot post to any form; and "too many" pages are clear and accessible.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { listOutbox } from '../../src/email/index.ts';
import { SUBSCRIPTION_SECRET_FILE } from '../../src/subscriptions/secret.ts';
import { unsubscribeUrl } from '../../src/subscriptions/subscriptions.ts';
import { subscriptionId } from '../../src/subscriptions/token.ts';
import { receiptCodeFor } from '../../src/surveys/receipt-code.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { receiptFromCookie } from './support/receipt.ts';
import { dataSnapshot, portFor, startOwnServer, type OwnServer } from './support/own-server.ts';
import { EXAMPLES, onDemandRoutes, postEndpoints, prerenderedPages, resolveExample, staticFiles } from './support/routes.ts';

const SHARED = `http://localhost:${process.env.E2E_PORT ?? 4399}`;
const REFERRER_POLICIES = new Set(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']);

/** The policy's directives, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** What is wrong with a response's security headers, in words; empty when nothing is. */
function headerProblems(address: string, headers: Headers, options: { hsts: boolean }): string[] {
  const problems: string[] = [];
  const csp = headers.get('content-security-policy');
  if (!csp) problems.push(`${address}: no Content-Security-Policy`);
  else if (csp.includes(',')) problems.push(`${address}: more than one Content-Security-Policy (${csp})`);
  else {
    const d = directives(csp);
    const scripts = d.get('script-src') ?? d.get('default-src');
    if (!scripts) problems.push(`${address}: the policy does not restrict scripts`);
    else if (scripts.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*' || s.startsWith('http:'))) {
      problems.push(`${address}: script-src allows ${scripts.join(' ')}`);
    }
    for (const name of ['object-src', 'base-uri', 'frame-ancestors']) {
      if (d.get(name)?.join(' ') !== "'none'") problems.push(`${address}: ${name} is ${d.get(name)?.join(' ') ?? 'missing'}, not 'none'`);
    }
  }
  if (headers.get('x-content-type-options') !== 'nosniff') problems.push(`${address}: X-Content-Type-Options is ${headers.get('x-content-type-options')}`);
  if (!REFERRER_POLICIES.has(headers.get('referrer-policy') ?? '')) problems.push(`${address}: Referrer-Policy is ${headers.get('referrer-policy')}`);
  const hsts = headers.get('strict-transport-security');
  if (options.hsts && !/max-age=(\d+)/.test(hsts ?? '')) problems.push(`${address}: no Strict-Transport-Security over https`);
  if (options.hsts && Number(/max-age=(\d+)/.exec(hsts ?? '')?.[1] ?? 0) < 15_552_000) problems.push(`${address}: HSTS max-age under 180 days (${hsts})`);
  if (!options.hsts && hsts) problems.push(`${address}: Strict-Transport-Security sent over plain http (${hsts})`);
  return problems;
}

/** GET every address, a few at a time; the problems found, by address. */
async function checkAll(origin: string, addresses: string[], options: { hsts: boolean; headers?: Record<string, string> }): Promise<string[]> {
  const problems: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < addresses.length) {
      const address = addresses[next++]!;
      const r = await fetch(`${origin}${address}`, { redirect: 'manual', headers: options.headers });
      await r.arrayBuffer();
      if (r.status >= 500) problems.push(`${address}: ${r.status}`);
      problems.push(...headerProblems(address, r.headers, options));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return problems;
}

test('every page, file, API and error the site serves has a strict Content-Security-Policy, nosniff and a Referrer-Policy', async () => {
  const routes = onDemandRoutes();
  expect(routes.filter((r) => !EXAMPLES[r]), 'on-demand routes with no example address here: add one').toEqual([]);
  const onDemand = await Promise.all(routes.flatMap((r) => EXAMPLES[r]!).map((e) => resolveExample(SHARED, e)));
  const pages = prerenderedPages();
  const files = staticFiles();
  expect(pages.length).toBeGreaterThan(150);
  expect(files.some((f) => f.endsWith('.js')) && files.some((f) => f.endsWith('.css'))).toBe(true);
  const errors = ['/no-such-page/', '/guides/no-such-guide/', '/_astro/no-such-file.js', '/api/oruk/services/00000000-0000-0000-0000-000000000000'];
  const problems = await checkAll(SHARED, [...pages, ...files, ...onDemand, ...errors], { hsts: false });
  expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
});

test('HSTS is sent on every kind of response when the site is reached over https, and never over plain http', async () => {
  const sample = ['/', '/guides/short-breaks/', staticFiles().find((f) => f.endsWith('.css'))!, '/brand.css', '/search/?q=speech', '/api/oruk/services?per_page=1', '/no-such-page/'];
  const site = 'https://localoffer.example.gov.uk';
  // What a TLS-terminating proxy in front adds to each request (the journey behind a real one is its own spec).
  const viaHttpsProxy = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.7' };
  const bigPost = async (url: string, origin: string, extra: Record<string, string> = {}) =>
    fetch(`${url}/report-a-problem/`, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', ...extra }, body: `whatIsWrong=${'x'.repeat(120 * 1024)}` });
  const badPost = async (url: string, origin: string, extra: Record<string, string> = {}) =>
    fetch(`${url}/subscribe/`, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', ...extra }, body: 'email=nope' });

  // Behind an https proxy, as deployed: SITE_URL and TRUST_PROXY say so.
  let server = await startOwnServer({ port: portFor(7), env: { SITE_URL: site, TRUST_PROXY: '1' } });
  try {
    expect(await checkAll(server.url, sample, { hsts: true, headers: viaHttpsProxy })).toEqual([]);
    const big = await bigPost(server.url, site, viaHttpsProxy);
    expect(big.status).toBe(413);
    const bad = await badPost(server.url, site, viaHttpsProxy);
    expect(bad.status).toBe(400);
    expect([...headerProblems('413 refusal', big.headers, { hsts: true }), ...headerProblems('400 form answer', bad.headers, { hsts: true })]).toEqual([]);
    // The same server reached over plain http (its own address, no proxy) says nothing of HSTS.
    expect(await checkAll(server.url, sample.slice(0, 2), { hsts: false })).toEqual([]);
  } finally {
    await server.dispose();
  }

  server = await startOwnServer({ port: portFor(7) });
  try {
    expect(await checkAll(server.url, sample, { hsts: false })).toEqual([]);
    expect((await bigPost(server.url, server.url)).headers.get('strict-transport-security')).toBeNull();
  } finally {
    await server.dispose();
  }
});

test.describe('forms on a server of their own', () => {
  test.use({ javaScriptEnabled: false });
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer({ port: portFor(6) });
  });
  test.afterAll(async () => {
    await server?.dispose();
  });

  const form = (origin: string, body: string, extra: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', ...extra },
    body,
    redirect: 'manual' as const,
  });
  const surveyAnswers = (id = crypto.randomUUID()) =>
    new URLSearchParams([
      ['survey', 'parents-and-carers'],
      ['submissionId', id],
      ['step', 'check'],
      ['nav', 'submit'],
      ['answers.age-phase', 'primary'],
      ['answers.listened-to', '4'],
      ['answers.overall-experience', 'good'],
    ]).toString();
  /** A receipt code for answers stored just now. */
  const receipt = async () => {
    const r = await fetch(`${server.url}/have-your-say/parents-and-carers/`, form(server.url, surveyAnswers()));
    expect(r.status).toBe(303);
    return receiptFromCookie(r.headers.get('set-cookie'))!;
  };
  const email = (n: number) => `parent.${n}.${Date.now()}@example.com`;
  /** The confirmation link's token from the email the server wrote to its outbox. */
  const confirmToken = async (address: string) => {
    let text = '';
    await expect.poll(async () => (text = (await listOutbox(server.dataDir)).find((e) => e.message.to.includes(address))?.message.text ?? '')).toContain('token=');
    return decodeURIComponent(/\/subscribe\/confirm\/\?token=(\S+)/.exec(text)![1]!);
  };

  test('form pages and every answer to a form post are sent with Cache-Control: no-store', async () => {
    const pages = ['/have-your-say/parents-and-carers/', '/have-your-say/young-people/', '/have-your-say/parents-and-carers/sent/', '/have-your-say/delete/', '/page-feedback/?path=/', '/report-a-problem/?subject=service-westmoor-sendiass', '/shortlist/', '/subscribe/', '/subscribe/confirm/?token=x', '/subscribe/unsubscribe/?token=x'];
    const problems: string[] = [];
    for (const page of pages) {
      const r = await fetch(`${server.url}${page}`);
      if (!/no-store/.test(r.headers.get('cache-control') ?? '')) problems.push(`GET ${page}: Cache-Control ${r.headers.get('cache-control')}`);
    }
    const address = email(1);
    const posts: [string, string][] = [
      ['/have-your-say/parents-and-carers/', surveyAnswers()],
      ['/have-your-say/parents-and-carers/', 'survey=parents-and-carers&step=check&nav=submit'],
      ['/_actions/submitSurvey', surveyAnswers()],
      ['/_actions/submitSurvey', 'survey=parents-and-carers'],
      ['/_actions/saveSurveyProgress', 'survey=parents-and-carers&answers.age-phase=primary'],
      ['/have-your-say/delete/', `receiptCode=${encodeURIComponent(await receipt())}`],
      ['/have-your-say/delete/', 'receiptCode=nonsense'],
      ['/_actions/deleteSurveyResponse', `receiptCode=${encodeURIComponent(await receipt())}`],
      ['/page-feedback/', 'path=/&return=/&useful=yes'],
      ['/page-feedback/', 'path=/&useful=perhaps'],
      ['/_actions/pageFeedback', 'path=/&useful=no'],
      ['/report-a-problem/', 'subject=service-westmoor-sendiass&whatIsWrong=The+phone+number+has+changed'],
      ['/_actions/reportProblem', 'subject=service-westmoor-sendiass&whatIsWrong='],
      ['/shortlist/', 'action=add&slug=westmoor-sendiass'],
      ['/subscribe/', `email=${encodeURIComponent(address)}&topics=plan-updates`],
      ['/subscribe/', 'email=nope'],
      ['/subscribe/confirm/', 'token=nonsense'],
    ];
    for (const [path, body] of posts) {
      const r = await fetch(`${server.url}${path}`, form(server.url, body));
      if (r.status >= 500) problems.push(`POST ${path} ${body}: ${r.status}`);
      if (!/no-store/.test(r.headers.get('cache-control') ?? '')) problems.push(`POST ${path} (${r.status}): Cache-Control ${r.headers.get('cache-control')}`);
    }
    const confirmed = await fetch(`${server.url}/subscribe/confirm/`, form(server.url, `token=${encodeURIComponent(await confirmToken(address))}`));
    expect(confirmed.status).toBe(303);
    if (!/no-store/.test(confirmed.headers.get('cache-control') ?? '')) problems.push(`POST /subscribe/confirm/ (303): Cache-Control ${confirmed.headers.get('cache-control')}`);
    expect(problems).toEqual([]);
  });

  test('a post from another site is refused at every POST endpoint, and nothing is stored or sent', async () => {
    // A valid post for each endpoint, so a refusal can only be about where it came from (checked below: the same post
    // from the site itself is accepted).
    const address = email(2);
    expect((await fetch(`${server.url}/subscribe/`, form(server.url, `email=${encodeURIComponent(address)}&topics=plan-updates`))).status).toBe(303);
    const token = await confirmToken(address);
    const secret = Buffer.from((await readFile(join(server.dataDir, SUBSCRIPTION_SECRET_FILE), 'utf8')).trim(), 'utf8');
    const leave = new URL(unsubscribeUrl('http://x', secret, subscriptionId(secret, address)));
    const [code1, code2] = [await receipt(), await receipt()];
    const VALID: Record<string, { path: string; body: string; accepted: number[]; crossSitePath?: string }> = {
      '/_actions/submitSurvey': { path: '/_actions/submitSurvey', body: surveyAnswers(), accepted: [200] },
      '/_actions/saveSurveyProgress': { path: '/_actions/saveSurveyProgress', body: 'survey=parents-and-carers&answers.age-phase=primary', accepted: [200] },
      '/_actions/deleteSurveyResponse': { path: '/_actions/deleteSurveyResponse', body: `receiptCode=${encodeURIComponent(code1)}`, accepted: [200] },
      '/_actions/pageFeedback': { path: '/_actions/pageFeedback', body: 'path=/&useful=no&whatWasWrong=Too+long', accepted: [200] },
      '/_actions/reportProblem': { path: '/_actions/reportProblem', body: 'subject=service-westmoor-sendiass&whatIsWrong=The+phone+number+has+changed', accepted: [200] },
      '/have-your-say/[survey]/': { path: '/have-your-say/parents-and-carers/', body: surveyAnswers(), accepted: [303] },
      '/have-your-say/delete/': { path: '/have-your-say/delete/', body: `receiptCode=${encodeURIComponent(code2)}`, accepted: [303] },
      '/page-feedback/': { path: '/page-feedback/', body: 'path=/&return=/&useful=yes', accepted: [303] },
      '/report-a-problem/': { path: '/report-a-problem/', body: 'subject=service-westmoor-sendiass&whatIsWrong=The+opening+hours+have+changed', accepted: [303] },
      '/shortlist/': { path: '/shortlist/', body: 'action=add&slug=westmoor-sendiass', accepted: [200] },
      '/subscribe/': { path: '/subscribe/', body: `email=${encodeURIComponent(email(3))}&topics=you-said-we-did`, accepted: [303] },
      '/subscribe/confirm/': { path: '/subscribe/confirm/', body: `token=${encodeURIComponent(token)}`, accepted: [303] },
      // The page's own Unsubscribe button. With its signed token a form post from anywhere is a mail program's RFC 8058
      // one-click unsubscribe, accepted by design (a-parent-signs-up-for-email-updates.spec.ts); without one, it is refused.
      '/subscribe/unsubscribe/': { path: `${leave.pathname}${leave.search}`, body: 'confirm=yes', accepted: [200], crossSitePath: '/subscribe/unsubscribe/' },
      // Signed by Sanity rather than sent by a browser: refused without a valid signature, and here (no Sanity) at all.
      '/api/webhooks/sanity': { path: '/api/webhooks/sanity', body: JSON.stringify({ _id: 'service-westmoor-sendiass', _type: 'service' }), accepted: [503] },
    };
    expect(postEndpoints().filter((e) => !VALID[e]), 'POST endpoints with no example post here: add one').toEqual([]);
    const before = await settled(server.dataDir);
    const problems: string[] = [];
    for (const endpoint of postEndpoints()) {
      const { path: ownPath, body, crossSitePath } = VALID[endpoint]!;
      const path = crossSitePath ?? ownPath;
      const json = endpoint.startsWith('/api/');
      const attempts: { what: string; headers: Record<string, string>; body: BodyInit }[] = [
        { what: 'a form on another site', headers: { Origin: 'https://evil.example', 'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded' }, body },
        { what: 'a multipart form on another site', headers: { Origin: 'https://evil.example' }, body: multipart(body) },
        { what: 'text/plain from another site', headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' }, body },
        { what: 'a sandboxed frame (Origin: null)', headers: { Origin: 'null', 'Content-Type': 'application/x-www-form-urlencoded' }, body },
        { what: 'no Origin at all', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body },
        { what: 'a look-alike host', headers: { Origin: `${server.url}.evil.example`, 'Content-Type': 'application/x-www-form-urlencoded' }, body },
      ];
      for (const a of attempts) {
        const r = await fetch(`${server.url}${path}`, { method: 'POST', headers: a.headers, body: a.body, redirect: 'manual' });
        const refused = endpoint === '/api/webhooks/sanity' ? r.status === 401 || r.status === 403 || r.status === 503 : r.status === 403 || r.status === 415;
        if (!refused) problems.push(`${endpoint} from ${a.what}: ${r.status}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await settled(server.dataDir), 'nothing stored, deleted or emailed').toEqual(before);

    // The same posts from the site itself are accepted: the refusals were about where they came from.
    const accepted: string[] = [];
    for (const endpoint of postEndpoints()) {
      const { path, body, accepted: ok } = VALID[endpoint]!;
      const r = await fetch(`${server.url}${path}`, form(server.url, body, endpoint.startsWith('/api/') ? { 'Content-Type': 'application/json' } : {}));
      if (!ok.includes(r.status)) accepted.push(`${endpoint} from the site itself: ${r.status}, expected ${ok.join(' or ')}`);
    }
    expect(accepted).toEqual([]);
  });

  /** Uses up a limit from this address with `body`, then sends the form in the browser; the 429 page it gets. */
  async function refusedPage(page: Page, limitPath: string, body: string, times: number, fill: () => Promise<void>) {
    for (let i = 0; i < times; i++) await fetch(`${server.url}${limitPath}`, form(server.url, body));
    // A forwarded-for header is not believed: a client cannot pick a fresh address to get round the limit.
    const spoofed = await fetch(`${server.url}${limitPath}`, form(server.url, body, { 'X-Forwarded-For': '203.0.113.77' }));
    expect(spoofed.status, 'a spoofed X-Forwarded-For gets round the limit').toBe(429);
    const answer = page.waitForResponse((r) => r.request().method() === 'POST');
    await fill();
    const response = await answer;
    expect(response.status()).toBe(429);
    expect(response.headers()['cache-control']).toContain('no-store');
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole('alert')).toContainText(/There is a problem/);
    await expect(page.getByRole('alert')).toContainText(/in a short time\. Wait \d+ seconds and try again\./);
    await expectNoAxeViolations(page);
  }

  test('too many email sign-ups from one place get a clear, accessible 429 page that keeps what was typed', async ({ page }) => {
    const address = email(4);
    await page.goto(`${server.url}/subscribe/`);
    await refusedPage(page, '/subscribe/', 'email=nope', 6, async () => {
      await page.getByLabel('Improvement plan updates').check();
      await page.getByLabel('Email address').fill(address);
      await page.getByRole('button', { name: 'Send confirmation email' }).click();
    });
    await expect(page.getByRole('alert')).toContainText('You have asked for a lot of updates in a short time');
    await expect(page.getByLabel('Email address')).toHaveValue(address);
    await expect(page.getByLabel('Improvement plan updates')).toBeChecked();
  });

  test('too many "Is this page useful?" answers get a clear, accessible 429 page', async ({ page }) => {
    await page.goto(`${server.url}/guides/short-breaks/`);
    const feedback = page.getByRole('complementary', { name: 'Page feedback' });
    await refusedPage(page, '/page-feedback/', 'path=/guides/short-breaks/&return=/guides/short-breaks/&useful=yes', 11, async () => {
      await feedback.getByRole('button', { name: 'Yes this page is useful' }).click();
    });
    await expect(page.getByRole('alert')).toContainText('You have sent a lot of feedback in a short time');
  });

  test('too many receipt codes tried get a clear, accessible 429 page that keeps the code typed', async ({ page }) => {
    // Well-formed codes that belong to nobody: only codes that could be real count towards the limit.
    const code = () => receiptCodeFor(randomUUID(), randomBytes(32));
    const typed = code();
    await page.goto(`${server.url}/have-your-say/delete/`);
    await refusedPage(page, '/have-your-say/delete/', `receiptCode=${code()}`, 6, async () => {
      await page.getByLabel('Receipt code').fill(typed);
      await page.getByRole('button', { name: 'Delete my answers' }).click();
    });
    await expect(page.getByRole('alert')).toContainText('You have tried a lot of receipt codes in a short time');
    await expect(page.getByLabel('Receipt code')).toHaveValue(typed);
  });
});

/** The same fields as a multipart/form-data body (what a form with enctype="multipart/form-data" sends). */
function multipart(body: string): FormData {
  const data = new FormData();
  try {
    for (const [k, v] of new URLSearchParams(body)) data.append(k, v);
  } catch {
    data.append('body', body);
  }
  return data;
}

/** The data folder once the mailer has finished writing: the same two looks in a row, half a second apart. */
async function settled(dataDir: string): Promise<Record<string, number>> {
  let last = JSON.stringify(dataSnapshot(dataDir));
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const now = JSON.stringify(dataSnapshot(dataDir));
    if (now === last) return JSON.parse(now) as Record<string, number>;
    last = now;
  }
  throw new Error(`the data folder in ${dataDir} kept changing`);
}
