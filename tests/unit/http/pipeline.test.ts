// The request path: steps run in their order, a step that answers ends the request, and refusals carry the headers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pathWithoutQuery, pipeline, requestPath, type Handler, type RequestLogLine, type Step } from '../../../src/http/pipeline.ts';

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
    const url = await serve(requestPath({ headers: { 'X-Content-Type-Options': 'nosniff' }, astro: (_req, res) => res.end('site'), log: () => undefined }));
    const page = await fetch(url);
    expect(await page.text()).toBe('site');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBeNull();
    const post = await fetch(url, { method: 'POST', body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(post.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses an oversize post before the site sees it, with the security headers still on the refusal', async () => {
    let reached = false;
    const astro: Handler = (_req, res) => {
      reached = true;
      res.end();
    };
    const url = await serve(requestPath({ headers: { 'X-Frame-Options': 'DENY' }, astro, log: () => undefined }));
    const refused = await fetch(url, { method: 'POST', body: 'x'.repeat(200 * 1024), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(refused.status).toBe(413);
    expect(await refused.text()).toContain('What you sent is too large');
    expect(refused.headers.get('x-frame-options')).toBe('DENY');
    expect(reached).toBe(false);
  });

  it('vouches for a mail program’s one-click unsubscribe, and only that, to the site’s origin check', async () => {
    const origins: (string | undefined)[] = [];
    const astro: Handler = (req, res) => {
      origins.push(req.headers.origin);
      req.resume();
      res.end();
    };
    const url = await serve(requestPath({ headers: {}, astro, log: () => undefined }));
    const form = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://mail.example' };
    await fetch(`${url}/subscribe/unsubscribe/?token=abc`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: form });
    await fetch(`${url}/subscribe/unsubscribe/`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: form });
    await fetch(`${url}/report-a-problem/`, { method: 'POST', body: 'a=1', headers: form });
    expect(origins).toEqual([url, 'https://mail.example', 'https://mail.example']);
  });
});

describe('the request log and health check', () => {
  it('logs one line a request with its id, method, path without the query string, status and time', async () => {
    const lines: RequestLogLine[] = [];
    const astro: Handler = (_req, res) => {
      res.statusCode = 404;
      res.end('not here');
    };
    const url = await serve(requestPath({ headers: {}, astro, log: (line) => lines.push(line) }));
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
    const url = await serve(requestPath({ headers: { 'X-Frame-Options': 'DENY' }, astro, log: (line) => lines.push(line) }));
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
