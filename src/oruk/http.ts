// ORUK results as HTTP responses: JSON, open to every origin (CORS `*`), with short caching of successful answers.
import type { ApiResult } from './api.ts';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': ALLOWED_METHODS,
  'Access-Control-Max-Age': '86400',
};

/** Seconds a client or CDN may reuse a successful answer: as long as the server keeps its copy of the data. */
export const MAX_AGE_SECONDS = 60;

export function jsonResponse(result: ApiResult<unknown>, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(result.body), {
    status: result.status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': result.status === 200 ? `public, max-age=${MAX_AGE_SECONDS}` : 'no-store',
      ...CORS_HEADERS,
      ...extraHeaders,
    },
  });
}

/** The answer to a CORS preflight: any origin, our methods, and whichever request headers the browser asks about. */
export function preflightResponse(request: Request): Response {
  const asked = request.headers.get('Access-Control-Request-Headers');
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      ...(asked && /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+)*$/.test(asked) ? { 'Access-Control-Allow-Headers': asked } : {}),
      Allow: ALLOWED_METHODS,
    },
  });
}

export function methodNotAllowed(method: string): Response {
  return jsonResponse(
    { status: 405, body: { status: 405, error: 'Method Not Allowed', message: `${method} is not allowed here: this API is read-only (GET)` } },
    { Allow: ALLOWED_METHODS },
  );
}

/** The directory could not be loaded (store unreachable): say so plainly, and when to try again. */
export function unavailable(): Response {
  return jsonResponse(
    { status: 503, body: { status: 503, error: 'Service Unavailable', message: 'The directory could not be loaded just now; try again in a minute' } },
    { 'Retry-After': '60' },
  );
}

/** A fault of ours, not the client's: still JSON with CORS, so a browser client can read what happened. */
export function internalError(): Response {
  return jsonResponse({ status: 500, body: { status: 500, error: 'Internal Server Error', message: 'Something went wrong on our side; it has been logged' } });
}
