// Nothing the site publishes (pages, feeds, CSVs, the Open Referral API, static files) shows personal data: the only
// email addresses, phone numbers and postcodes are services' published contacts and the site's own, and no survey
// answer, report or page feedback appears unless the comms team approved it as a quote. The privacy notice and the
// data protection impact summary are published, readable and say what the code does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUPPRESSION_THRESHOLD } from '../../src/evidence/aggregate.ts';
import { CONFIRM_LINK_HOURS } from '../../src/subscriptions/subscriptions.ts';
import { RESUME_DAYS } from '../../src/surveys/resume-code.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';
import { EXAMPLES, onDemandRoutes, prerenderedPages, resolveExample, staticFiles } from './support/routes.ts';

const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4399}`;
const MAX_ADDRESSES = 4_000;

// What personal data looks like here (the scrubber's own patterns, src/privacy/scrub.ts, as the standard).
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Not after a dot, dash or slash: "2025-06-01 2026-11-23" and "4.1666667%" are not phone numbers.
const PHONE = /(?<![\w+./-])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s.)-]{0,2}\d){8,9}(?![\w])/g;
const POSTCODE = /\b([A-PR-UWYZ](?:[A-HK-Y]\d[A-Z\d]?|\d[A-Z\d]?))\s?(\d[ABD-HJLNP-UW-Z]{2})\b/g;

const normal = {
  email: (s: string) => s.toLowerCase(),
  phone: (s: string) => s.replace(/\D/g, '').replace(/^(?:00)?44/, '0'),
  postcode: (s: string) => s.replace(/\s/g, '').toUpperCase(),
};

type Doc = Record<string, unknown> & { _type: string };
const readNdjson = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const content = readNdjson('content/sample.ndjson');
const feedback = readNdjson('content/feedback.ndjson');

/** The site's own wording: examples in hints and messages ("for example WM4 2AB", "like name@example.com"). */
function ownWording(): string {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []));
  // Not src/privacy: the scrubber's examples of what to remove are not the site's wording.
  return [...files('site'), ...files('src').filter((f) => !f.includes('privacy'))].map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** Contacts that may be shown: every service's and provider's published contacts, the site's own, and its examples. */
function publishedContacts() {
  const text = [...content.filter((d) => ['service', 'provider', 'siteSettings'].includes(d._type)).flatMap(strings), ownWording()].join('\n');
  return {
    email: new Set([...text.matchAll(EMAIL)].map((m) => normal.email(m[0]))),
    phone: new Set([...text.matchAll(PHONE)].map((m) => normal.phone(m[0]))),
    postcode: new Set([...text.matchAll(POSTCODE)].map((m) => normal.postcode(m[0]))),
  };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Everything people sent in private that must never be shown: survey free text (pending, rejected, and approved but
 * not chosen as a quote), report text and addresses, page feedback. Text that is also in the public content (a quote
 * the comms team copied into a "You said, we did", or a phrase as common as a service's name) is left out.
 */
function privateTexts(extra: string[]): string[] {
  const publicText = collapse(content.flatMap(strings).join('\n'));
  const sent = feedback.flatMap((d) => {
    if (d._type === 'surveyResponse') return (d.answers as { text?: string }[]).flatMap((a) => (a.text ? [a.text] : []));
    if (d._type === 'correctionReport') return [d.whatIsWrong as string, ...(d.email ? [d.email as string] : [])];
    if (d._type === 'pageFeedback') return d.whatWasWrong ? [d.whatWasWrong as string] : [];
    return [];
  });
  return [...new Set([...sent, ...extra].map(collapse))].filter((t) => t.length >= 12 && !publicText.includes(t));
}

function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return named[code.toLowerCase()] ?? whole;
  });
}

/** What a person (or a program) reads in a response: markup and escapes undone, JSON as its strings. */
function readable(body: string, type: string): string {
  if (type.includes('json')) {
    try {
      // Kept apart, so "17:00" and an id after it do not read as one number.
      return collapse(strings(JSON.parse(body)).join(' | '));
    } catch {
      return collapse(body);
    }
  }
  if (type.includes('csv')) return collapse(body.replaceAll('""', '"'));
  return collapse(decodeEntities(body));
}

/** Same-site links worth following: pages, feeds, CSVs and the API, not forms' targets or filter combinations. */
function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/(?:href|src)="([^"#]+)/g)) {
    let url: URL;
    try {
      url = new URL(decodeEntities(m[1]!), `${ORIGIN}/`);
    } catch {
      continue;
    }
    if (url.origin !== ORIGIN || /^\/(?:_actions|studio|preview)\//.test(url.pathname)) continue;
    const keys = [...new Set(url.searchParams.keys())];
    if (keys.some((k) => !['page', 'quarter', 'area', 'phase', 'per_page'].includes(k))) url.search = '';
    out.push(url.pathname + url.search);
  }
  return out;
}

test.describe.configure({ timeout: 240_000 });

test('no page, feed, CSV, API answer or file shows personal data, and no answer is shown unless approved as a quote', async ({ request }) => {
  // Something private sent just now as well, through each form, so the crawl also looks for what arrives while it runs.
  const run = crypto.randomUUID().slice(0, 8);
  const sentNow = [
    `Probe ${run}: the waiting list for speech therapy is far too long for us`,
    `Probe ${run}: this page was hard to follow on my phone`,
    `Probe ${run}: the opening hours on this page are wrong`,
    `probe.${run}@example.com`,
  ];
  const post = (path: string, fields: [string, string][]) =>
    request.post(path, { headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' }, data: new URLSearchParams(fields).toString(), maxRedirects: 0 });
  expect(
    (
      await post('/have-your-say/parents-and-carers/', [
        ['survey', 'parents-and-carers'], ['submissionId', crypto.randomUUID()], ['step', 'check'], ['nav', 'submit'],
        ['answers.age-phase', 'primary'], ['answers.listened-to', '2'], ['answers.overall-experience', 'poor'], ['answers.what-to-change', sentNow[0]!],
      ])
    ).status(),
  ).toBe(303);
  expect((await post('/page-feedback/', [['path', '/guides/short-breaks/'], ['return', '/guides/short-breaks/'], ['useful', 'no'], ['whatWasWrong', sentNow[1]!]])).status()).toBe(303);
  expect((await post('/report-a-problem/', [['subject', 'service-westmoor-sendiass'], ['whatIsWrong', sentNow[2]!], ['email', sentNow[3]!], ['consent', 'true']])).status()).toBe(303);

  const contacts = publishedContacts();
  const never = privateTexts(sentNow);
  expect(never.length, 'private texts to look for').toBeGreaterThan(50);
  const quotes = content.filter((d) => d._type === 'youSaidWeDid').flatMap((d) => (d.quotes as { text: string }[]).map((q) => collapse(q.text)));

  // Seeds: every prerendered page and file, every on-demand route's example, and every page of the Open Referral API.
  const routes = onDemandRoutes();
  expect(routes.filter((r) => !EXAMPLES[r]), 'on-demand routes with no example address: add one to tests/e2e/support/routes.ts').toEqual([]);
  const seeds = [...prerenderedPages(), ...staticFiles(), ...(await Promise.all(routes.flatMap((r) => EXAMPLES[r]!).map((e) => resolveExample(ORIGIN, e))))];
  for (const list of ['services', 'service_at_locations', 'taxonomies', 'taxonomy_terms']) {
    const first = (await (await fetch(`${ORIGIN}/api/oruk/${list}?per_page=500`)).json()) as { total_pages: number; contents: { id: string }[] };
    for (let p = 1; p <= first.total_pages; p++) seeds.push(`/api/oruk/${list}?per_page=500&page=${p}`);
    for (const item of first.contents) seeds.push(`/api/oruk/${list}/${item.id}`);
  }

  // Every quarter's board pack and its CSVs (chosen from a list, not linked).
  const pack = await (await fetch(`${ORIGIN}/plan/board-pack/`)).text();
  for (const [, quarter] of pack.matchAll(/<option value="(\d{4}-q[1-4])"/g)) {
    seeds.push(`/plan/board-pack/?quarter=${quarter}`, `/plan/board-pack/actions.csv?quarter=${quarter}`, `/plan/board-pack/measures.csv?quarter=${quarter}`);
  }
  const seedCount = new Set(seeds).size;

  const seen = new Set<string>();
  const queue = [...new Set(seeds)];
  queue.forEach((a) => seen.add(a));
  const found: string[] = [];
  const quotesShown = new Set<string>();
  let scanned = 0;
  const scan = async (address: string) => {
    const r = await fetch(`${ORIGIN}${address}`, { redirect: 'manual' });
    const type = r.headers.get('content-type') ?? '';
    const body = await r.text();
    if (r.status >= 500) found.push(`${address}: ${r.status}`);
    if (!/text|json|xml|csv|javascript/.test(type)) return;
    scanned++;
    const text = readable(body, type);
    for (const m of text.matchAll(EMAIL)) if (!contacts.email.has(normal.email(m[0]))) found.push(`${address}: email address ${m[0]}`);
    for (const m of text.matchAll(PHONE)) if (!contacts.phone.has(normal.phone(m[0]))) found.push(`${address}: phone number ${m[0]}`);
    for (const m of text.matchAll(POSTCODE)) if (!contacts.postcode.has(normal.postcode(m[0]))) found.push(`${address}: postcode ${m[0]}`);
    for (const t of never) if (text.includes(t)) found.push(`${address}: private text "${t.slice(0, 60)}"`);
    for (const q of quotes) if (text.includes(q)) quotesShown.add(q);
    if (type.includes('html') && seen.size < MAX_ADDRESSES) {
      for (const link of linksIn(body)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
  };
  const worker = async () => {
    while (queue.length > 0) await scan(queue.shift()!);
  };
  // Workers pick up links found by others until none is left.
  for (let round = 0; queue.length > 0 && round < 20; round++) await Promise.all(Array.from({ length: 8 }, worker));

  console.log(`scanned ${scanned} responses of ${seen.size} addresses (${seedCount} to start with, the rest linked from them)`);
  expect(seen.size, 'the crawl stayed within its limit, so it saw everything').toBeLessThan(MAX_ADDRESSES);
  expect(scanned).toBeGreaterThan(500);
  expect(seen.size, 'links were followed').toBeGreaterThan(seedCount);
  // The scan can see what it looks for: the approved quotes are all on the site.
  expect(quotes.filter((q) => !quotesShown.has(q)), 'approved quotes the crawl never saw').toEqual([]);
  expect(found.slice(0, 30), `${found.length} findings`).toEqual([]);
});

test('the privacy notice and the data protection impact summary are published, plain and accurate', async ({ page, request }) => {
  const retentionDays = content.find((d) => d._type === 'siteSettings')!.retentionDays as number;

  await page.goto('/privacy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy notice');
  for (const heading of ['Who we are', 'What we collect and why', 'How long we keep it', 'Your rights']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByRole('main')).toContainText('receipt code');
  // How long things are kept is written from the settings the purge uses.
  const answerYears = content.find((d) => d._type === 'siteSettings')!.answerRetentionYears as number;
  await expect(page.getByRole('main')).toContainText(`Survey answers are deleted ${answerYears} years after they are sent`);
  await expect(page.getByRole('main')).toContainText(`the address is deleted after ${retentionDays} days`);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'summary of our data protection impact assessment' }).click();

  await expect(page).toHaveURL(/\/privacy\/impact-assessment\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data protection impact assessment: summary');
  const main = page.getByRole('main');
  for (const heading of ['Have your say surveys', 'Saving a survey to finish later', 'Telling us information is wrong', '“Is this page useful?”', 'Email updates', 'Your shortlist', 'How we keep it safe', 'Risks we are still working on']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  // Its numbers are the ones the code and the site settings use.
  await expect(main).toContainText(`groups of ${SUPPRESSION_THRESHOLD} or more people`);
  await expect(main).toContainText(`never publish a figure for fewer than ${SUPPRESSION_THRESHOLD} people`);
  await expect(main).toContainText(`stops working after ${RESUME_DAYS} days`);
  await expect(main).toContainText(`works for ${CONFIRM_LINK_HOURS / 24} days`);
  await expect(main).toContainText(`deleted after ${retentionDays} days`);
  await expect(main).toContainText('fixed when the quarter ends');
  const shortlist = await request.post('/shortlist/', { headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' }, data: 'action=add&slug=westmoor-sendiass' });
  const maxAge = Number(/Max-Age=(\d+)/i.exec(shortlist.headers()['set-cookie'] ?? '')?.[1]);
  await expect(main).toContainText(`${maxAge / 86_400} days after you last change it`);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
