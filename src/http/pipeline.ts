// The server's request path in one place: every step between the socket and Astro, in the order decision 007 sets.
// A new concern (proxy, compression, logs, health checks, the local Content Lake) is a step added here, in its place.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolveClient, type ResolvedClient, type TrustProxy } from './forwarded.ts';
import { isForbiddenCrossOrigin, originsAllowed } from './same-origin.ts';
import { refuseRequest, refusalPage } from './request-guard.ts';
import { isOneClickUnsubscribe, UNSUBSCRIBE_PATH } from '../subscriptions/one-click.ts';

export type Next = () => void;
/** One step: answer the request, or call `next()` to pass it on (having set headers or adjusted the request). */
export type Step = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;
/**
 * How the site learns who the client is: step 2 sets these request headers (after removing any copy a client sent),
 * and `site/lib/client.ts` reads them. Astro's own clientAddress would be the proxy's address.
 */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';
export const CLIENT_SCHEME_HEADER = 'x-portal-client-scheme';

const CLIENT = Symbol('resolved client');
type WithClient = IncomingMessage & { [CLIENT]?: ResolvedClient };

/** The client as step 2 resolved it; before step 2 (or without it), the connection as it is. */
export function clientOf(req: IncomingMessage): ResolvedClient {
  return (req as WithClient)[CLIENT] ?? resolveClient({ remoteAddress: req.socket.remoteAddress, encrypted: isEncrypted(req), headers: req.headers }, { kind: 'off' });
}

const isEncrypted = (req: IncomingMessage) => Boolean((req.socket as { encrypted?: boolean }).encrypted);

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

/** The origin the client asked for: its scheme and host, through a trusted proxy where there is one. */
export function ownOrigin(req: IncomingMessage): string {
  const client = clientOf(req);
  return `${client.scheme}://${client.host}`;
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

/**
 * 2. The proxy: the client's address, scheme and host from X-Forwarded-* where a trusted proxy wrote them (TRUST_PROXY).
 * The headers are then taken off, and Host set to the host the client asked for, so nothing after this step can be
 * misled by what a client wrote into them. `warn` is told once if https requests seem to arrive through an untrusted
 * proxy (a missing TRUST_PROXY), since all visitors would then share one rate limit.
 */
export function proxyStep(options: { trust: TrustProxy; siteUrl: string; warn: (line: string) => void }): Step {
  let warned = false;
  return (req, res, next) => {
    const client = resolveClient({ remoteAddress: req.socket.remoteAddress, encrypted: isEncrypted(req), headers: req.headers }, options.trust);
    if (!client.viaProxy && !warned && req.headers['x-forwarded-proto'] && options.siteUrl.startsWith('https:') && client.scheme === 'http') {
      warned = true;
      options.warn(
        `Requests arrive with X-Forwarded-Proto from ${client.address}, which TRUST_PROXY does not trust: every visitor counts as that one address ` +
          `for rate limits, and HSTS is not sent. Set TRUST_PROXY to the number of proxies in front (usually 1) or to their addresses.`,
      );
    }
    (req as WithClient)[CLIENT] = client;
    for (const name of ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'forwarded']) delete req.headers[name];
    req.headers.host = client.host;
    req.headers[CLIENT_ADDRESS_HEADER] = client.address;
    req.headers[CLIENT_SCHEME_HEADER] = client.scheme;
    next();
  };
}

/**
 * 3. Security headers on every answer, set before anything can answer, so refusals and errors carry them too. HSTS
 * only on https (as the client sees it): browsers ignore it over http, and it must never stick to a plain-http test.
 */
export function securityHeadersStep(headers: Record<string, string>, httpsOnly: Record<string, string> = {}): Step {
  return (req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (clientOf(req).scheme === 'https') for (const [name, value] of Object.entries(httpsOnly)) res.setHeader(name, value);
    // What a form post gets back (a receipt code, a redirect, an error with what was typed) is never kept by a cache.
    if (req.method !== 'GET' && req.method !== 'HEAD') res.setHeader('Cache-Control', 'no-store');
    next();
  };
}

/**
 * 4. Refusals at the edge, before the site reads anything: bodies too large or unsized, and form posts from another
 * origin than SITE_URL's (Astro's own origin check is off: behind a TLS proxy it would see http and refuse every post).
 */
export function edgeRefusalStep(siteUrl: string, stylesheets: readonly string[] = []): Step {
  return (req, res, next) => {
    const tooLarge = refuseRequest(req.method, req.headers);
    if (tooLarge) {
      // Not read: it may be endless. The connection closes after the answer.
      res.writeHead(tooLarge.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
      res.end(refusalPage(tooLarge, stylesheets));
      req.resume();
      return;
    }
    const crossOrigin = crossOriginRefusal(req, siteUrl);
    if (!crossOrigin) return next();
    // Small enough to read (the size check came first): read it to the end and answer, so the sender hears the refusal
    // instead of a reset connection, and the kept-alive connection stays usable.
    req.resume();
    req.once('end', () => {
      res.writeHead(crossOrigin.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(refusalPage(crossOrigin, stylesheets));
    });
  };
}

function crossOriginRefusal(req: IncomingMessage, siteUrl: string) {
  if (!isForbiddenCrossOrigin(req.method, req.headers, originsAllowed(siteUrl, ownOrigin(req)))) return undefined;
  // A mail program's one-click unsubscribe comes from its own servers; its signed link is its authority, so it is
  // let through as if it were the page's own button.
  if (req.method === 'POST' && req.url?.startsWith(UNSUBSCRIBE_PATH) && isOneClickUnsubscribe(asRequest(req))) return undefined;
  return { status: 403 as const, title: 'This form was sent from another website', message: 'Forms on this site can only be sent from its own pages. Go back to the page, reload it and send the form again.' };
}

export interface RequestPathOptions {
  headers: Record<string, string>;
  /** Sent only when the client reached the site over https (HSTS). */
  httpsHeaders?: Record<string, string>;
  astro: Handler;
  log: (line: RequestLogLine) => void;
  /** SITE_URL: form posts are accepted from its origin (and, on a loopback SITE_URL, from the server's own). */
  siteUrl: string;
  trust?: TrustProxy;
  warn?: (line: string) => void;
  /** The built site's stylesheets, for the pages step 4 answers with. */
  stylesheets?: readonly string[];
}

/**
 * The whole request path, in order (decision 007). Steps still to come are named in their places:
 * 5 compression (#14), and the local Content Lake among the server's own routes (#12).
 */
export function requestPath(options: RequestPathOptions): Handler {
  return pipeline([
    requestLogStep(options.log),
    proxyStep({ trust: options.trust ?? { kind: 'off' }, siteUrl: options.siteUrl, warn: options.warn ?? ((line) => console.warn(line)) }),
    securityHeadersStep(options.headers, options.httpsHeaders),
    edgeRefusalStep(options.siteUrl, options.stylesheets),
    healthStep,
    (req, res) => options.astro(req, res),
  ]);
}
