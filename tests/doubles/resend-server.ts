// A loopback stand-in for Resend's HTTP API: the slice the `resend` SDK's emails.send uses (POST /emails).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/** What Resend received for one email, in its API's snake_case shape. */
export interface DeliveredEmail {
  id: string;
  idempotencyKey?: string;
  from: string;
  to: string[];
  subject: string;
  text?: string;
  html?: string;
  reply_to?: string[];
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
  /** Epoch milliseconds. */
  at: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  /** The status answered; 0 when the connection was dropped. */
  status: number;
  at: number;
}

export interface ResendFault {
  /** e.g. 500, 502, 503 (retryable), 429 (rate limited) or 422 (the request is wrong). */
  status: number;
  /** Resend's error name; a plausible one for the status by default. */
  name?: string;
  message?: string;
  /** Fail this many requests, then clear (default 1). */
  times?: number;
  /** Sent as `retry-after` (429 defaults to 1). */
  retryAfterSeconds?: number;
  /** Deliver the email, then answer with the error: the reply is lost after the email went out. */
  afterDeliver?: boolean;
  /** Answer with a body that is not JSON (as a proxy in front of Resend might). */
  htmlBody?: boolean;
}

export interface ResendDoubleOptions {
  /** The only API key accepted (default `re_test_double`). */
  apiKey?: string;
  /** Time taken by every request, so that two can overlap. */
  latencyMs?: number;
}

export interface ResendDouble {
  /** Base URL for `new Resend(key, { baseUrl })` or RESEND_BASE_URL. */
  url: string;
  apiKey: string;
  /** Every request to the API, in arrival order. */
  requests: RecordedRequest[];
  /** Every email Resend accepted for delivery; a replayed idempotency key adds nothing. */
  delivered: DeliveredEmail[];
  /** Fail the next `times` POST /emails requests with `status` (replaces any earlier fault). */
  failNext(times: number, status?: number, fault?: Omit<ResendFault, 'status' | 'times'>): void;
  /** Fail POST /emails requests as described until `times` runs out; `null` clears. */
  setFault(fault: ResendFault | null): void;
  /** Down: every connection is dropped without an answer, as when Resend or the network is unreachable. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

const DEFAULT_NAMES: Record<number, string> = {
  400: 'validation_error',
  401: 'missing_api_key',
  403: 'invalid_api_key',
  409: 'concurrent_idempotent_requests',
  422: 'validation_error',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
};

const MAX_BODY = 1024 * 1024;
// Resend takes "email@example.com" or "Name <email@example.com>".
const ADDRESS = /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, name: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { statusCode: status, message, name }, headers);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function asList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return undefined;
}

/** Resend's checks on a send, in its words; undefined when the body is acceptable. */
function validate(body: Record<string, unknown>): { status: number; name: string; message: string } | undefined {
  for (const field of ['from', 'to', 'subject'] as const) {
    if (body[field] === undefined || body[field] === '') {
      return { status: 422, name: 'missing_required_field', message: `Missing \`${field}\` field.` };
    }
  }
  if (typeof body.from !== 'string' || !ADDRESS.test(body.from)) {
    return { status: 422, name: 'validation_error', message: 'Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.' };
  }
  const to = asList(body.to);
  if (!to || to.length === 0 || to.length > 50 || !to.every((a) => ADDRESS.test(a))) {
    return { status: 422, name: 'validation_error', message: 'Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.' };
  }
  if (body.reply_to !== undefined && !asList(body.reply_to)?.every((a) => ADDRESS.test(a))) {
    return { status: 422, name: 'validation_error', message: 'Invalid `reply_to` field.' };
  }
  if (typeof body.html !== 'string' && typeof body.text !== 'string') {
    return { status: 422, name: 'validation_error', message: 'Missing `html` or `text` field.' };
  }
  return undefined;
}

interface ActiveFault extends ResendFault {
  remaining: number;
}

interface IdempotentResult {
  body: string;
  id?: string;
  /** Set while the first request with the key is still being handled. */
  inProgress: boolean;
}

export async function startResendDouble(options: ResendDoubleOptions = {}): Promise<ResendDouble> {
  const apiKey = options.apiKey ?? 're_test_double';
  const requests: RecordedRequest[] = [];
  const delivered: DeliveredEmail[] = [];
  const idempotency = new Map<string, IdempotentResult>();
  let fault: ActiveFault | null = null;
  let down = false;

  function takeFault(): ActiveFault | null {
    if (!fault) return null;
    const current = fault;
    current.remaining--;
    if (current.remaining <= 0) fault = null;
    return current;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, record: RecordedRequest): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== '/emails') return sendError(res, 404, 'not_found', 'The requested endpoint does not exist.');
    if (req.method !== 'POST') return sendError(res, 405, 'method_not_allowed', 'Method is not allowed for the requested path.');

    const auth = req.headers.authorization;
    if (!auth?.startsWith('Bearer ')) return sendError(res, 401, 'missing_api_key', 'Missing API key in the authorization header.');
    if (auth.slice('Bearer '.length) !== apiKey) return sendError(res, 403, 'invalid_api_key', 'API key is invalid.');

    const raw = await readBody(req);
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));

    const active = takeFault();
    if (active && !active.afterDeliver) return answerFault(res, active);

    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return sendError(res, 400, 'validation_error', 'The request body is not valid JSON.');
    }

    const key = record.idempotencyKey;
    let entry: IdempotentResult | undefined;
    if (key !== undefined) {
      if (key.length < 1 || key.length > 256) return sendError(res, 400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.');
      const seen = idempotency.get(key);
      if (seen) {
        if (seen.body !== raw) return sendError(res, 409, 'invalid_idempotent_request', 'Same idempotency key used with a different request payload.');
        if (seen.inProgress) return sendError(res, 409, 'concurrent_idempotent_requests', 'Same idempotency key used while original request is still in progress.');
        return sendJson(res, 200, { id: seen.id });
      }
      entry = { body: raw, inProgress: true };
      idempotency.set(key, entry);
    }

    const invalid = validate(body);
    if (invalid) {
      // Like Resend, a rejected request is not kept against its key: the same key may be used for a corrected one.
      if (key !== undefined) idempotency.delete(key);
      return sendError(res, invalid.status, invalid.name, invalid.message);
    }

    const id = randomUUID();
    delivered.push({
      id,
      ...(key === undefined ? {} : { idempotencyKey: key }),
      from: body.from as string,
      to: asList(body.to)!,
      subject: body.subject as string,
      ...(typeof body.text === 'string' ? { text: body.text } : {}),
      ...(typeof body.html === 'string' ? { html: body.html } : {}),
      ...(body.reply_to === undefined ? {} : { reply_to: asList(body.reply_to)! }),
      ...(body.headers ? { headers: body.headers as Record<string, string> } : {}),
      ...(body.tags ? { tags: body.tags as { name: string; value: string }[] } : {}),
      at: Date.now(),
    });
    if (entry) {
      entry.id = id;
      entry.inProgress = false;
    }
    if (active?.afterDeliver) return answerFault(res, active);
    return sendJson(res, 200, { id });
  }

  function answerFault(res: ServerResponse, active: ActiveFault): void {
    const headers: Record<string, string> = {};
    const retryAfter = active.retryAfterSeconds ?? (active.status === 429 ? 1 : undefined);
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    if (active.htmlBody) {
      res.writeHead(active.status, { 'content-type': 'text/html', ...headers });
      res.end('<html><body><h1>Bad gateway</h1></body></html>');
      return;
    }
    const name = active.name ?? DEFAULT_NAMES[active.status] ?? (active.status >= 500 ? 'application_error' : 'validation_error');
    sendError(res, active.status, name, active.message ?? `Simulated ${active.status} from the Resend double.`, headers);
  }

  const server = createServer((req, res) => {
    const idempotencyKey = req.headers['idempotency-key'];
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
      status: 0,
      at: Date.now(),
    };
    requests.push(record);
    if (down) {
      req.socket.destroy();
      return;
    }
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    handle(req, res, record).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'internal_server_error', error instanceof Error ? error.message : String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    delivered,
    failNext(times, status = 500, extra = {}) {
      fault = { ...extra, status, times, remaining: times };
    },
    setFault(next) {
      fault = next ? { ...next, remaining: next.times ?? 1 } : null;
    },
    setDown(value) {
      down = value;
      if (value) server.closeAllConnections();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
