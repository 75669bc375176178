// The server's request path in one place: every step between the socket and Astro, in the order decision 007 sets.
// A new concern (proxy, compression, logs, health checks, the local Content Lake) is a step added here, in its place.
import { randomUUID } from 'node:crypto';
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

/** What the request log says of one request: never the query string, where searches and codes travel. */
export interface RequestLogLine {
  id: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

/** The path alone: "/search/?q=sarah+jones" is logged as "/search/". */
export function pathWithoutQuery(url: string | undefined): string {
  const path = (url ?? '/').split(/[?#]/, 1)[0]!;
  return path.startsWith('/') ? path : '/';
}

/**
 * 1. A request id (sent back as X-Request-Id, so a person reporting a problem can quote it) and one log line when the
 * answer has gone, or the client went away.
 */
export function requestLogStep(write: (line: RequestLogLine) => void): Step {
  return (req, res, next) => {
    const id = randomUUID();
    const started = process.hrtime.bigint();
    res.setHeader('X-Request-Id', id);
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      write({ id, method: req.method ?? 'GET', path: pathWithoutQuery(req.url), status: res.statusCode, ms: Math.round(ms * 10) / 10 });
    };
    res.once('finish', log);
    res.once('close', log);
    next();
  };
}

/** 6. `/healthz`: the process is up and serving (for a load balancer); `/readyz`, whether the store answers, is the site's. */
export const healthStep: Step = (req, res, next) => {
  if (pathWithoutQuery(req.url) !== '/healthz') return next();
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : 'ok\n');
};

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
 * The whole request path, in order (decision 007). Steps still to come are named in their places:
 * 2 proxy (#9), 5 compression (#14), and the local Content Lake among the server's own routes (#12).
 */
export function requestPath(options: { headers: Record<string, string>; astro: Handler; log: (line: RequestLogLine) => void }): Handler {
  return pipeline([
    requestLogStep(options.log),
    securityHeadersStep(options.headers),
    edgeRefusalStep,
    healthStep,
    (req, res) => options.astro(req, res),
  ]);
}
