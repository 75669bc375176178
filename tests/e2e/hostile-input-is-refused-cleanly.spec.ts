// Thousands of generated hostile requests at every form and query-string page of the real server: never a 5xx,
// never a stored write from bad input, and anything echoed back is escaped.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';

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

const journals = () => {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) return '';
  return ['content.journal', 'feedback.journal']
    .map((f) => join(dir, f))
    .map((f) => (existsSync(f) ? statSync(f).size : 0))
    .join(',');
};

/**
 * Sends RUNS generated payloads, 16 at a time (the server is the bottleneck, not the generator), and collects every
 * failure with the payload that caused it. The seed is printed so a failure can be replayed.
 */
async function hammer(label: string, send: (p: [string, string][]) => Promise<{ status: number; body: string }>) {
  const seed = Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31);
  const samples = fc.sample(pairs, { numRuns: RUNS, seed });
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
const CLEAR = /There is a problem|too large|Length required|could not be found|Page not found|lot of reports/i;

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
    const before = journals();
    await hammer(path, async (p) => {
      const r = await request.post(path, {
        headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' },
        data: query(p.filter(([k]) => k !== 'subject' && k !== 'slug').concat(p.filter(([k]) => k === 'subject' || k === 'slug').map(([k, v]) => [k, `x${v}`]))),
        maxRedirects: 0,
      });
      return { status: r.status(), body: await r.text() };
    });
    expect(journals()).toBe(before);
  });
}

test('JSON posts straight to the report action change nothing when they are bad', async ({ request }) => {
  const before = journals();
  await hammer('reportProblem action', async (p) => {
    const r = await request.post('/_actions/reportProblem', {
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
      data: JSON.stringify(Object.fromEntries(p.map(([k, v]) => [k, k === 'subject' ? `x${v}` : v]))),
    });
    return { status: r.status(), body: await r.text() };
  });
  expect(journals()).toBe(before);
});
