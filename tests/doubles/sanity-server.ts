// A loopback stand-in for Sanity's HTTP API: the slice @sanity/client 8 uses (query, mutate, doc), built on the local engine.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { DatasetIndex, type Doc } from '../../src/store/local/dataset-index.ts';
import { runGroq } from '../../src/store/local/groq-engine.ts';
import { deepFreeze } from '../../src/store/documents.ts';
import { applyTransaction } from './sanity-mutations.ts';
import { openSanityStore, type SanityStore, type SanityStoreOptions } from '../../src/store/index.ts';

export type Endpoint = 'query' | 'mutate' | 'doc' | 'other';

export interface RecordedRequest {
  method: string;
  path: string;
  endpoint: Endpoint;
  dataset: string;
  /** Epoch milliseconds when the request arrived. */
  at: number;
  status: number;
  /** Mutations in the request body (mutate only). */
  mutations?: number;
}

export interface FaultSpec {
  status: 429 | 500 | 502 | 503 | 504;
  /** Which requests fail (default `mutate`). */
  endpoint?: Endpoint | 'any';
  /** Fail the next N matching requests. */
  times?: number;
  /** Fail matching requests for this long from now. Without `times` or `forMs`: until cleared. */
  forMs?: number;
  /** The `retry-after` header, in seconds (429 default 1). */
  retryAfterSeconds?: number;
  /** Apply the mutation, then answer with the error: a response lost after the write landed. */
  afterApply?: boolean;
}

export interface SanityDoubleOptions {
  /** Starting documents by dataset name; drafts allowed. */
  documents?: Record<string, readonly unknown[]>;
  /** When set, the only bearer token accepted; otherwise any non-empty token is. */
  token?: string;
  /** Datasets that need a token to read, as a private Sanity dataset does. */
  privateDatasets?: string[];
  /** Answer 429 beyond this many mutation requests in any second (off by default). */
  mutationRequestsPerSecond?: number;
  faults?: FaultSpec[];
}

export interface SanityDouble {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Fail requests from now on (replaces any earlier fault); `null` clears. */
  setFault(fault: FaultSpec | null): void;
  /** Every stored document of a dataset, drafts included. */
  documents(dataset: string): Doc[];
  /** The most mutation requests that started within any window of `windowMs`. */
  peakMutationRate(windowMs?: number): number;
  close(): Promise<void>;
}

const MAX_BODY = 4 * 1024 * 1024;

interface ActiveFault extends FaultSpec {
  remaining?: number;
  until?: number;
}

export async function startSanityDouble(options: SanityDoubleOptions = {}): Promise<SanityDouble> {
  const datasets = new Map<string, DatasetIndex>();
  const datasetIndex = (name: string) => {
    let index = datasets.get(name);
    if (!index) datasets.set(name, (index = new DatasetIndex()));
    return index;
  };
  const seededAt = new Date().toISOString();
  for (const [name, docs] of Object.entries(options.documents ?? {})) {
    const index = datasetIndex(name);
    for (const raw of docs) {
      const d = raw as Doc;
      index.put(deepFreeze({ ...d, _rev: d._rev ?? 'seed', _createdAt: d._createdAt ?? seededAt, _updatedAt: d._updatedAt ?? seededAt }));
    }
  }
  const requests: RecordedRequest[] = [];
  let faults: ActiveFault[] = (options.faults ?? []).map(activate);
  const privateDatasets = new Set(options.privateDatasets ?? []);

  function activate(f: FaultSpec): ActiveFault {
    return { ...f, remaining: f.times, until: f.forMs !== undefined ? Date.now() + f.forMs : undefined };
  }

  function faultFor(endpoint: Endpoint): ActiveFault | undefined {
    const now = Date.now();
    faults = faults.filter((f) => (f.remaining === undefined || f.remaining > 0) && (f.until === undefined || f.until > now));
    const fault = faults.find((f) => (f.endpoint ?? 'mutate') === endpoint || f.endpoint === 'any');
    if (fault && fault.remaining !== undefined) fault.remaining--;
    return fault;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: 'Internal Server Error', message: String(error), statusCode: 500 }));
  });

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  }

  async function readBody(req: IncomingMessage): Promise<Buffer | null> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return null;
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/v[^/]+\/data\/(query|mutate|doc)\/([^/]+)(?:\/(.*))?$/.exec(url.pathname);
    const endpoint: Endpoint = (match?.[1] as Endpoint | undefined) ?? 'other';
    const dataset = match ? decodeURIComponent(match[2]!) : '';
    const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, endpoint, dataset, at: Date.now(), status: 0 };
    requests.push(record);
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      record.status = status;
      send(res, status, body, headers);
    };

    if (!match) return reply(404, { error: 'Not Found', message: `the double does not serve ${url.pathname}`, statusCode: 404 });

    const fault = faultFor(endpoint);
    const fail = (fault: ActiveFault) => {
      const retryAfter = String(fault.retryAfterSeconds ?? (fault.status === 429 ? 1 : 0));
      const headers: Record<string, string> = fault.status === 429 || fault.retryAfterSeconds !== undefined ? { 'retry-after': retryAfter } : {};
      const error = fault.status === 429 ? 'Too Many Requests' : 'Service Unavailable';
      return reply(fault.status, { error, message: `${error} (fault injected by the test double)`, statusCode: fault.status }, headers);
    };
    if (fault && !fault.afterApply) return fail(fault);

    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const authorised = options.token ? token === options.token : token !== '';
    if (token && !authorised) return reply(401, { error: 'Unauthorized', message: 'Session not found', statusCode: 401 });
    const needsToken = endpoint === 'mutate' || privateDatasets.has(dataset);
    if (needsToken && !authorised) return reply(401, { error: 'Unauthorized', message: 'Session not found', statusCode: 401 });

    if (endpoint === 'mutate') {
      if (req.method !== 'POST') return reply(405, { error: 'Method Not Allowed', message: 'POST mutations', statusCode: 405 });
      if (options.mutationRequestsPerSecond !== undefined) {
        const recent = requests.filter((r) => r.endpoint === 'mutate' && r.at > record.at - 1000 && r !== record && r.status !== 429).length;
        if (recent >= options.mutationRequestsPerSecond) {
          return reply(429, { error: 'Too Many Requests', message: 'API rate limit exceeded', statusCode: 429 }, { 'retry-after': '1' });
        }
      }
      const raw = await readBody(req);
      if (!raw) return reply(413, { error: 'Request Entity Too Large', message: 'body over 4 MB', statusCode: 413 });
      let body: { mutations?: unknown[]; transactionId?: string };
      try {
        body = JSON.parse(raw.toString('utf8')) as typeof body;
      } catch {
        return reply(400, { error: { description: 'Body is not valid JSON', type: 'httpBadRequest' } });
      }
      if (!Array.isArray(body.mutations)) return reply(400, { error: { description: 'missing "mutations" array', type: 'httpBadRequest' } });
      record.mutations = body.mutations.length;
      const transactionId = body.transactionId ?? url.searchParams.get('transactionId') ?? randomUUID().replaceAll('-', '');
      const outcome = applyTransaction(datasetIndex(dataset), body.mutations, transactionId);
      if ('status' in outcome) return reply(outcome.status, outcome.body);
      if (fault) return fail(fault);
      const withDocs = url.searchParams.get('returnDocuments') === 'true';
      return reply(200, {
        transactionId,
        results: outcome.results.map((r) => ({ id: r.id, operation: r.operation, ...(withDocs && r.document ? { document: r.document } : {}) })),
      });
    }

    if (endpoint === 'doc') {
      const ids = (match[3] ?? '').split(',').map(decodeURIComponent).filter(Boolean);
      const index = datasetIndex(dataset);
      const documents = ids.map((id) => index.get(id)).filter((d): d is Doc => Boolean(d));
      const omitted = ids.filter((id) => !index.get(id)).map((id) => ({ id, reason: 'existence' }));
      return reply(200, { documents, omitted });
    }

    // query: GET with ?query=&$name=json, or POST {query, params} for long queries.
    let query: string | null;
    let params: Record<string, unknown> = {};
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (!raw) return reply(413, { error: 'Request Entity Too Large', message: 'body over 4 MB', statusCode: 413 });
      const body = JSON.parse(raw.toString('utf8') || '{}') as { query?: string; params?: Record<string, unknown> };
      query = body.query ?? null;
      params = body.params ?? {};
    } else {
      query = url.searchParams.get('query');
      for (const [key, value] of url.searchParams) {
        if (!key.startsWith('$')) continue;
        try {
          params[key.slice(1)] = JSON.parse(value);
        } catch {
          return reply(400, { error: { description: `param ${key} is not valid JSON`, type: 'httpBadRequest' } });
        }
      }
    }
    if (!query) return reply(400, { error: { description: 'missing "query"', type: 'httpBadRequest' } });
    const started = performance.now();
    try {
      const result = await runGroq(datasetIndex(dataset), query, params);
      return reply(200, { query, result, ms: Math.round(performance.now() - started) });
    } catch (error) {
      const e = error as Error & { position?: number };
      const type = e.name === 'GroqSyntaxError' ? 'queryParseError' : 'queryError';
      return reply(400, { error: { description: e.message, type, query, start: e.position ?? 0, end: (e.position ?? 0) + 1 } });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setFault(fault) {
      faults = fault ? [activate(fault)] : [];
    },
    documents(name) {
      return [...(datasets.get(name)?.all() ?? [])];
    },
    peakMutationRate(windowMs = 1000) {
      const starts = requests.filter((r) => r.endpoint === 'mutate').map((r) => r.at);
      let peak = 0;
      for (let i = 0, j = 0; i < starts.length; i++) {
        while (starts[i]! - starts[j]! >= windowMs) j++;
        peak = Math.max(peak, i - j + 1);
      }
      return peak;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The project's Sanity adapter pointed at a double, as the tests' "server" (production + feedback datasets). */
export function sanityStoreOn(double: SanityDouble, options: Partial<SanityStoreOptions> = {}): SanityStore {
  return openSanityStore({
    projectId: 'test1234',
    dataset: 'production',
    feedbackDataset: 'feedback',
    apiVersion: '2025-02-19',
    writeToken: 'token',
    apiHost: double.url,
    ...options,
  });
}
