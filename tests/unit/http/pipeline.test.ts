// The request path: steps run in their order, a step that answers ends the request, and refusals carry the headers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { parseTrustProxy } from '../../../src/http/forwarded.ts';
import { pathWithoutQuery, pipeline, requestPath, type Handler, type RequestLogLine, type Step } from '../../../src/http/pipeline.ts';
import { HTTPS_ONLY_HEADERS } from '../../../src/http/security-headers.ts';

const LOCAL = 'http://localhost:4321';
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: Handler): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the request path', () => {
  it('runs every step in order, and stops at the first that answers', async () => {
    const seen: string[] = [];
    const step =
      (name: string, answers = false): Step =>
      (_req, res, next) => {
        seen.push(name);
        if (answers) res.end(name);
        else next();
      };
    const url = await serve(pipeline([step('first'), step('second'), step('answers', true), step('never')]));
    expect(await (await fetch(url)).text()).toBe('answers');
    expect(seen).toEqual(['first', 'second', 'answers']);
  });

  it('sends the security headers with what the site answers, and no-store on a form post', async () => {
    const url = await serve(requestPath({ siteUrl: LOCAL, headers: { 'X-Content-Type-Options': 'nosniff' }, astro: (_req, res) => res.end('site'), log: () => undefined }));
    const page = await fetch(url);
    expect(await page.text()).toBe('site');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBeNull();
    const post = await fetch(url, { method: 'POST', body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url } });
    expect(await post.text()).toBe('site');
    expect(post.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses an oversize post before the site sees it, with the security headers still on the refusal', async () => {
    let reached = false;
    const astro: Handler = (_req, res) => {
      reached = true;
      res.end();
    };
    const url = await serve(requestPath({ siteUrl: LOCAL, headers: { 'X-Frame-Options': 'DENY' }, astro, log: () => undefined }));
    const refused = await fetch(url, { method: 'POST', body: 'x'.repeat(200 * 1024), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(refused.status).toBe(413);
    expect(await refused.text()).toContain('What you sent is too large');
    expect(refused.headers.get('x-frame-options')).toBe('DENY');
    expect(reached).toBe(false);
  });

  it('refuses a form post from another site itself, letting through only a mail program’s one-click unsubscribe', async () => {
    const reached: string[] = [];
    const astro: Handler = (req, res) => {
      reached.push(req.url!);
      req.resume();
      res.end();
    };
    const url = await serve(requestPath({ siteUrl: LOCAL, headers: { 'X-Frame-Options': 'DENY' }, astro, log: () => undefined }));
    const form = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://mail.example' };
    const oneClick = await fetch(`${url}/subscribe/unsubscribe/?token=abc`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: form });
    const noToken = await fetch(`${url}/subscribe/unsubscribe/`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: form });
    const report = await fetch(`${url}/report-a-problem/`, { method: 'POST', body: 'a=1', headers: form });
    const ownPage = await fetch(`${url}/report-a-problem/`, { method: 'POST', body: 'a=1', headers: { ...form, Origin: url } });
    expect([oneClick.status, noToken.status, report.status, ownPage.status]).toEqual([200, 403, 403, 200]);
    expect(await report.text()).toContain('Forms on this site can only be sent from its own pages.');
    expect(report.headers.get('x-frame-options')).toBe('DENY');
    expect(reached).toEqual(['/subscribe/unsubscribe/?token=abc', '/report-a-problem/']);
  });
});

describe('the request log and health check', () => {
  it('logs one line a request with its id, method, path without the query string, status and time', async () => {
    const lines: RequestLogLine[] = [];
    const astro: Handler = (_req, res) => {
      res.statusCode = 404;
      res.end('not here');
    };
    const url = await serve(requestPath({ siteUrl: LOCAL, headers: {}, astro, log: (line) => lines.push(line) }));
    const response = await fetch(`${url}/search/?q=sarah+jones&receipt=K7QM-3XVA-9D2P#top`);
    await response.text();
    await expect.poll(() => lines.length).toBe(1);
    expect(lines[0]).toEqual({ id: response.headers.get('x-request-id'), method: 'GET', path: '/search/', status: 404, ms: expect.any(Number) });
    expect(JSON.stringify(lines)).not.toMatch(/sarah|K7QM/);
  });

  it('answers /healthz itself, without the site, and logs refusals too', async () => {
    const lines: RequestLogLine[] = [];
    let reached = 0;
    const astro: Handler = (_req, res) => {
      reached++;
      res.end();
    };
    const url = await serve(requestPath({ siteUrl: LOCAL, headers: { 'X-Frame-Options': 'DENY' }, astro, log: (line) => lines.push(line) }));
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok\n');
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect(health.headers.get('x-frame-options')).toBe('DENY');
    expect(reached).toBe(0);
    await (await fetch(url, { method: 'POST', body: 'x'.repeat(200 * 1024) })).text();
    await expect.poll(() => lines.map((l) => `${l.method} ${l.path} ${l.status}`)).toEqual(['GET /healthz 200', 'POST / 413']);
  });

  it.each([
    ['/search/?q=x', '/search/'],
    ['/a#b', '/a'],
    ['*', '/'],
    [undefined, '/'],
  ])('logs %s as %s', (url, path) => {
    expect(pathWithoutQuery(url)).toBe(path);
  });
});

/** A request as a proxy in front would send it, with headers fetch will not set (Host). */
function viaProxy(url: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('behind a proxy (step 2)', () => {
  const SITE = 'https://portal.example';
  const seen: { host?: string; forwarded: string[]; client: unknown }[] = [];
  const astro: Handler = (req, res) => {
    const client = { address: req.headers['x-portal-client-address'], scheme: req.headers['x-portal-client-scheme'] };
    seen.push({ host: req.headers.host, forwarded: Object.keys(req.headers).filter((h) => h.startsWith('x-forwarded')), client });
    req.resume();
    res.end('site');
  };
  const fromProxy = {
    Host: 'portal.example',
    'X-Forwarded-For': '6.6.6.6, 203.0.113.7',
    'X-Forwarded-Proto': 'https',
    'X-Forwarded-Host': 'portal.example',
    Origin: SITE,
    'Content-Type': 'application/x-www-form-urlencoded',
    // A client's own attempt at the site's headers: always replaced.
    'X-Portal-Client-Address': '1.2.3.4',
  };
  afterEach(() => void seen.splice(0));

  it('with TRUST_PROXY=1, takes the client and scheme from the proxy: the post is accepted, HSTS sent, headers taken off', async () => {
    const url = await serve(requestPath({ siteUrl: SITE, headers: {}, httpsHeaders: HTTPS_ONLY_HEADERS, astro, log: () => undefined, trust: parseTrustProxy('1') }));
    const answer = await viaProxy(url, '/report-a-problem/', fromProxy, 'a=1');
    expect(answer.status).toBe(200);
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    // 6.6.6.6 is what the client wrote itself; 203.0.113.7 is what the proxy saw.
    expect(seen).toEqual([{ host: 'portal.example', forwarded: [], client: { address: '203.0.113.7', scheme: 'https' } }]);
  });

  it('without TRUST_PROXY, believes none of it: the client is the connection, http, no HSTS, and says so once', async () => {
    const warnings: string[] = [];
    const url = await serve(
      requestPath({ siteUrl: SITE, headers: {}, httpsHeaders: HTTPS_ONLY_HEADERS, astro, log: () => undefined, warn: (line) => warnings.push(line) }),
    );
    // The post still comes from SITE_URL's own pages (its Origin), so it is accepted.
    const post = await viaProxy(url, '/report-a-problem/', fromProxy, 'a=1');
    expect(post.status).toBe(200);
    expect(post.headers['strict-transport-security']).toBeUndefined();
    const forged = await viaProxy(url, '/report-a-problem/', { ...fromProxy, Origin: 'https://elsewhere.example' }, 'a=1');
    expect(forged.status).toBe(403);
    expect(seen).toEqual([{ host: 'portal.example', forwarded: [], client: { address: '127.0.0.1', scheme: 'http' } }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Requests arrive with X-Forwarded-Proto from 127\.0\.0\.1, which TRUST_PROXY does not trust: every visitor counts as that one address.*Set TRUST_PROXY/);
  });

  it('trusts listed proxy addresses only: a peer outside the list is the client, whatever it forwards', async () => {
    const url = await serve(requestPath({ siteUrl: SITE, headers: {}, astro, log: () => undefined, trust: parseTrustProxy('10.0.0.0/8') }));
    expect((await viaProxy(url, '/', fromProxy)).status).toBe(200);
    expect(seen[0]!.client).toEqual({ address: '127.0.0.1', scheme: 'http' });
  });
});
