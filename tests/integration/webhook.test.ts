// The publish webhook route, called as Astro calls it: signed, wrongly signed, replayed, stale and malformed requests.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from '../../src/webhooks/signature.ts';
import { registerCache } from '../../src/webhooks/invalidation.ts';
import { markerPath } from '../../src/webhooks/rebuild.ts';

const SECRET = 'a-webhook-secret-for-the-tests';
const dataDir = mkdtempSync(join(tmpdir(), 'webhook-'));
type Route = (context: { request: Request }) => Promise<Response>;
let POST: Route;
let ALL: Route;

beforeAll(async () => {
  // The route reads the configuration the first time it is called, as the server does at its first request.
  Object.assign(process.env, {
    SANITY_PROJECT_ID: 'abc123',
    SANITY_DATASET: 'production',
    SANITY_FEEDBACK_DATASET: 'feedback',
    SANITY_API_WRITE_TOKEN: 'sk-test',
    SANITY_WEBHOOK_SECRET: SECRET,
    SURVEY_SECRET: 'a-survey-secret-of-at-least-32-characters',
    SUBSCRIPTION_SECRET: 'a-subscription-secret-of-32-characters-or-more',
    DATA_DIR: dataDir,
  });
  ({ POST, ALL } = (await import('../../site/pages/api/webhooks/sanity.ts')) as unknown as { POST: Route; ALL: Route });
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  for (const name of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_FEEDBACK_DATASET', 'SANITY_API_WRITE_TOKEN', 'SANITY_WEBHOOK_SECRET', 'SURVEY_SECRET', 'SUBSCRIPTION_SECRET', 'DATA_DIR']) delete process.env[name];
});

function post(body: string, headers: Record<string, string> = {}) {
  return POST({ request: new Request('http://localhost/api/webhooks/sanity', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }) });
}
const signed = (body: string, t = Date.now(), secret = SECRET) => ({ 'sanity-webhook-signature': signatureHeader(body, secret, t) });
const publish = (slug: string) => JSON.stringify({ _id: `service-${slug}`, _type: 'service', operation: 'update', slug, previousSlug: slug });

describe('POST /api/webhooks/sanity', () => {
  it('accepts a correctly signed publish: drops the caches it affects and records a rebuild', async () => {
    let dropped = 0;
    const off = registerCache('catalogue', () => dropped++);
    const body = publish('speech-therapy');
    const response = await post(body, signed(body));
    off();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const json = (await response.json()) as { ok: boolean; caches: { cleared: string[]; notRegistered: string[] }; rebuild: { requested: boolean; paths: string[] } };
    expect(json.ok).toBe(true);
    expect(json.caches.cleared).toEqual(['catalogue']);
    expect(json.caches.notRegistered).toEqual(['search', 'oruk']);
    expect(json.rebuild).toMatchObject({ requested: true, paths: expect.arrayContaining(['/services/speech-therapy/']) });
    expect(dropped).toBe(1);
    const marker = JSON.parse(readFileSync(markerPath(dataDir), 'utf8'));
    expect(marker.documents).toEqual(['service-speech-therapy']);
  });

  it('refuses the same request sent again (401), and does not act on it', async () => {
    const body = publish('portage');
    const headers = signed(body);
    expect((await post(body, headers)).status).toBe(200);
    const again = await post(body, headers);
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({ ok: false, error: 'this signature was already used: a request is accepted once' });
    expect(JSON.parse(readFileSync(markerPath(dataDir), 'utf8')).changes).toBe(2);
  });

  it.each([
    ['unsigned', () => ({}), 401, 'missing sanity-webhook-signature header'],
    ['signed with another secret', (b: string) => signed(b, Date.now(), 'someone-elses-secret-value'), 401, 'the signature does not match: check SANITY_WEBHOOK_SECRET'],
    ['signed for another body', () => signed(publish('something-else')), 401, 'the signature does not match: check SANITY_WEBHOOK_SECRET'],
    ['signed 6 minutes ago', (b: string) => signed(b, Date.now() - 6 * 60_000), 401, expect.stringMatching(/^the signature is 36\d s old/)],
    ['with a malformed signature header', () => ({ 'sanity-webhook-signature': 'sha256=abc' }), 400, expect.stringContaining('malformed')],
  ])('refuses a request %s', async (_what, headers, status, error) => {
    const body = publish('refused');
    const response = await post(body, (headers as (b: string) => Record<string, string>)(body));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ ok: false, error });
  });

  it.each([
    ['not JSON', 'this is not json', 'the body is not JSON'],
    ['JSON without _id', JSON.stringify({ _type: 'service' }), expect.stringContaining('_id')],
  ])('refuses a correctly signed body that is %s (400)', async (_what, body, error) => {
    const response = await post(body, signed(body));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error });
  });

  it('refuses a huge body before checking anything else (413)', async () => {
    const body = JSON.stringify({ _id: 'x', _type: 'service', padding: 'x'.repeat(70_000) });
    expect((await post(body, signed(body))).status).toBe(413);
  });

  it('answers other methods with 405', async () => {
    const response = await ALL({ request: new Request('http://localhost/api/webhooks/sanity', { method: 'GET' }) });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('does not ask for a rebuild for private feedback', async () => {
    const body = JSON.stringify({ _id: 'response-1', _type: 'surveyResponse', operation: 'create' });
    const response = await post(body, signed(body));
    expect(await response.json()).toMatchObject({ ok: true, rebuild: { requested: false, paths: [] } });
    expect(existsSync(markerPath(dataDir))).toBe(true);
  });
});
