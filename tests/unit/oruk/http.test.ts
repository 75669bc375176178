import { describe, expect, it } from 'vitest';
import { internalError, jsonResponse, methodNotAllowed, preflightResponse, unavailable } from '../../../src/oruk/http.ts';

describe('ORUK answers over HTTP', () => {
  it('sends JSON open to every origin, cached briefly when it succeeded', async () => {
    const res = jsonResponse({ status: 200, body: { version: 'HSDS-UK-3.0' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(await res.json()).toEqual({ version: 'HSDS-UK-3.0' });
  });

  it('does not let errors be cached', () => {
    const res = jsonResponse({ status: 400, body: { status: 400, error: 'Bad Request', message: 'page must be 1 or more' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a CORS preflight with the methods and the headers the browser asked about', () => {
    const res = preflightResponse(
      new Request('http://x/api/oruk/services', {
        method: 'OPTIONS',
        headers: { Origin: 'https://other.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept, x-requested-with' },
      }),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('accept, x-requested-with');
  });

  it('does not echo request headers it cannot vouch for', () => {
    const res = preflightResponse(new Request('http://x/', { method: 'OPTIONS', headers: { 'Access-Control-Request-Headers': 'a\u00e9b' } }));
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('refuses writes with 405 and says which methods it allows', async () => {
    const res = methodNotAllowed('POST');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await res.json()).toMatchObject({ status: 405, message: 'POST is not allowed here: this API is read-only (GET)' });
  });

  it('says when the directory cannot be loaded, and when to try again', async () => {
    const res = unavailable();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    expect((await res.json()).message).toMatch(/try again/);
  });

  it('keeps even its own faults readable to a browser client', async () => {
    const res = internalError();
    expect(res.status).toBe(500);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect((await res.json()).message).toMatch(/logged/);
  });
});
