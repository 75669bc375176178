// The server's request path in one place: every step between the socket and Astro, in the order decision 007 sets.
// A new concern (proxy, compression, logs, health checks, the local Content Lake) is a step added here, in its place.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuseRequest, refusalPage } from './request-guard.ts';
import { isOneClickUnsubscribe, UNSUBSCRIBE_PATH } from '../subscriptions/one-click.ts';

export type Next = () => void;
/** One step: answer the request, or call `next()` to pass it on (having set headers or adjusted the request). */
export type Step = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Run the steps in order; a step that answers without calling `next` ends the request there. */
export function pipeline(steps: readonly Step[]): Handler {
  return (req, res) => {
    let i = 0;
    const next: Next = () => {
      const step = steps[i++];
      if (step) step(req, res, next);
    };
    next();
  };
}

/** This server's origin as Astro sees it: the connection's scheme and the Host header. */
export function ownOrigin(req: IncomingMessage): string {
  return `${(req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
}

/** Method, address and headers only: enough to recognise a request without reading its body. */
function asRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  return new Request(new URL(req.url ?? '/', ownOrigin(req)), { method: req.method, headers });
}

/** 3. Security headers on every answer, set before anything can answer, so refusals and errors carry them too. */
export function securityHeadersStep(headers: Record<string, string>): Step {
  return (req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // What a form post gets back (a receipt code, a redirect, an error with what was typed) is never kept by a cache.
    if (req.method !== 'GET' && req.method !== 'HEAD') res.setHeader('Cache-Control', 'no-store');
    next();
  };
}

/** 4. Refusals at the edge: bodies too large or unsized, before the site reads them. */
export const edgeRefusalStep: Step = (req, res, next) => {
  // A mail program's one-click unsubscribe comes from its own servers; its signed link is its authority, so it is
  // let past Astro's origin check as if it were the page's own button.
  if (req.method === 'POST' && req.url?.startsWith(UNSUBSCRIBE_PATH) && isOneClickUnsubscribe(asRequest(req))) {
    req.headers.origin = ownOrigin(req);
  }
  const refusal = refuseRequest(req.method, req.headers);
  if (!refusal) return next();
  res.writeHead(refusal.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
  res.end(refusalPage(refusal));
  req.resume();
};

/**
 * The whole request path, in order. Steps still to come are named in their places (decision 007):
 * 1 request id and log (#9), 2 proxy (#9), 5 compression (#14), 6 server-owned routes (#9 health, #12 Content Lake).
 */
export function requestPath(options: { headers: Record<string, string>; astro: Handler }): Handler {
  return pipeline([
    securityHeadersStep(options.headers),
    edgeRefusalStep,
    (req, res) => options.astro(req, res),
  ]);
}
