// Draft preview reads through @sanity/client with the read token and the raw perspective, and shows the draft.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parse } from 'groq-js';
import { loadPreview, previewQuery } from '../../src/webhooks/preview-source.ts';
import { sample } from '../unit/content/load-sample.ts';
import type { SanityConfig } from '../../src/config/env.ts';

let url = '';
const seen: { url: URL; auth?: string }[] = [];
let server: ReturnType<typeof createServer>;

/** A stand-in for Sanity's query endpoint that, like Sanity with a token and perspective=raw, returns drafts too. */
async function answer(req: IncomingMessage) {
  const u = new URL(req.url ?? '/', 'http://x');
  seen.push({ url: u, auth: req.headers.authorization });
  const params: Record<string, unknown> = {};
  for (const [k, v] of u.searchParams) if (k.startsWith('$')) params[k.slice(1)] = JSON.parse(v);
  const docs = sample().content as unknown as Record<string, unknown>[];
  const service = docs.find((d) => d._id === params.id);
  const withDraft = service ? [...docs, { ...service, _id: `drafts.${service._id}`, title: `${String(service.title)} (edited)` }] : docs;
  const result = await (await evaluate(parse(u.searchParams.get('query')!, { params }), { dataset: withDraft, params })).get();
  return { query: u.searchParams.get('query'), result, ms: 1 };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    answer(req).then((body) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const sanity = (): SanityConfig => ({ projectId: 'abc123', dataset: 'production', feedbackDataset: 'feedback', apiVersion: '2025-02-19', readToken: 'sk-read', writeToken: 'sk-write', apiHost: url });
const service = sample().content.find((d) => d._type === 'service')!;

describe('draft preview', () => {
  it('asks Sanity for the document and its draft, raw, with the read token, and shows the draft', async () => {
    const result = await loadPreview('services', service._id, { sanity: sanity(), store: () => Promise.reject(new Error('not used')) });
    expect(result).toMatchObject({ isDraft: true, source: 'sanity', doc: { _id: `drafts.${service._id}`, title: expect.stringMatching(/\(edited\)$/) } });
    const request = seen.at(-1)!;
    expect(request.auth).toBe('Bearer sk-read');
    expect(request.url.searchParams.get('perspective')).toBe('raw');
    expect(request.url.pathname).toBe('/v2025-02-19/data/query/production');
  });

  it('narrows the page queries to one document and its draft, keeping their projections', () => {
    expect(previewQuery('services')).toMatch(/^\*\[_type == "service" && _id in \[\$id, "drafts\." \+ \$id\]\] \{/);
    expect(previewQuery('guides')).toMatch(/^\*\[_type == "guide" && _id in \[\$id, "drafts\." \+ \$id\]\] \{/);
  });

  it('finds nothing for an unknown id', async () => {
    expect(await loadPreview('guides', 'no-such-guide', { sanity: sanity(), store: () => Promise.reject(new Error('not used')) })).toBeUndefined();
  });
});
