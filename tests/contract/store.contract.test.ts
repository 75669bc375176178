// One contract, every adapter: the journal store, the SQLite store and the Sanity adapter (real @sanity/client → loopback
// double) behave alike.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentValidationError, type AnyDocument } from '../../src/model/index.ts';
import { DocumentExistsError, DocumentNotFoundError, RevisionConflictError, type ContentStore } from '../../src/store/port.ts';
import { openLocalStore } from '../../src/store/local/index.ts';
import { openSanityStore } from '../../src/store/sanity/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { startSanityDouble, type SanityDouble } from '../doubles/sanity-server.ts';
import { aCategory, aService, aSurveyResponse, contentFixtures, feedbackFixtures } from '../unit/store/fixtures.ts';

interface Seed {
  content: unknown[];
  feedback: unknown[];
}

interface Harness {
  store: ContentStore;
  /** Write requests that reached storage (journal records, or mutate requests at the double). */
  writesReached(): number;
  close(): Promise<void>;
}

type Adapter = { name: string; open(seed: Seed): Promise<Harness> };

const TOKEN = 'test-write-token';

const adapters: Adapter[] = [
  {
    name: 'local',
    async open(seed) {
      const dataDir = await mkdtemp(join(tmpdir(), 'store-contract-'));
      const store = await openLocalStore({ seed, dataDir });
      return {
        store,
        writesReached: () => store.stats().changes,
        async close() {
          await store.close();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'sanity',
    async open(seed) {
      const double: SanityDouble = await startSanityDouble({
        documents: { production: seed.content, 'feedback-private': seed.feedback },
        privateDatasets: ['feedback-private'],
        token: TOKEN,
      });
      const store = openSanityStore({
        projectId: 'test1234',
        dataset: 'production',
        feedbackDataset: 'feedback-private',
        apiVersion: '2025-02-19',
        writeToken: TOKEN,
        apiHost: double.url,
      });
      return {
        store,
        writesReached: () => double.requests.filter((r) => r.endpoint === 'mutate').length,
        async close() {
          await store.close();
          await double.close();
        },
      };
    },
  },
];

const fixtures = (): Seed => ({ content: contentFixtures(), feedback: feedbackFixtures() });

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe.each(adapters)('ContentStore contract: $name adapter', (adapter) => {
  let h: Harness;
  let store: ContentStore;
  beforeEach(async () => {
    h = await adapter.open(fixtures());
    store = h.store;
  });
  afterEach(async () => h.close());

  it('answers GROQ queries with parameters', async () => {
    const paid = await store.query<string[]>('*[_type == "service" && cost.kind == $kind]._id', { kind: 'paid' });
    expect(paid).toEqual(['service-ot']);
    const byType = await store.query<{ _id: string }[]>('*[_type in $types] | order(_id) {_id}', { types: ['category', 'need'] });
    expect(byType).toEqual([{ _id: 'cat-therapy' }]);
    const sliced = await store.query<unknown[]>('*[_type == "service"] | order(_id) [0...$n]', { n: 1 });
    expect(sliced).toHaveLength(1);
  });

  it('returns results the caller may rearrange without changing the store', async () => {
    const first = await store.query<{ _id: string }[]>('*[_type == "service"]');
    const order = first.map((d) => d._id);
    first.reverse();
    first.pop();
    expect((await store.query<{ _id: string }[]>('*[_type == "service"]')).map((d) => d._id)).toEqual(order);
    const all = await store.query<unknown[]>('*');
    all.length = 0;
    expect(await store.query('count(*)')).toBeGreaterThan(0);
  });

  it('follows references with ->', async () => {
    const result = await store.query('*[_id == $id][0]{title, "provider": provider->name, "phases": agePhases[]->title}', {
      id: 'service-speech',
    });
    expect(result).toEqual({ title: 'Speech and language therapy', provider: 'NHS Trust', phases: ['Primary'] });
    const reverse = await store.query<string[]>('*[_type == "provider" && count(*[_type == "service" && references(^._id)]) > 0] | order(name).name');
    expect(reverse).toEqual(['NHS Trust', 'Parent Charity']);
  });

  it('hides drafts from queries and getDocument', async () => {
    const ids = await store.query<string[]>('*[_type == "service"]._id');
    expect(ids.sort()).toEqual(['service-ot', 'service-speech']);
    expect(await store.query('*[_id in path("drafts.**")]')).toEqual([]);
    expect(await store.getDocument('drafts.service-speech')).toBeNull();
    expect(await store.query('*[_id == "service-speech"][0].title')).toBe('Speech and language therapy');
  });

  it('gets a document by id, or null', async () => {
    const doc = await store.getDocument('provider-nhs');
    expect(doc).toMatchObject({ _id: 'provider-nhs', _type: 'provider', name: 'NHS Trust' });
    expect(await store.getDocument('no-such-document')).toBeNull();
  });

  it('creates a document that reads back, stamped with _rev, _createdAt and _updatedAt', async () => {
    const created = await store.create(aService({ _id: 'service-new', slug: { _type: 'slug', current: 'new' }, title: 'New service' }));
    expect(created).toMatchObject({ _id: 'service-new', title: 'New service' });
    expect(created._rev).toEqual(expect.any(String));
    expect(Date.parse(created._createdAt!)).not.toBeNaN();
    expect(created._updatedAt).toBe(created._createdAt);
    expect(await store.getDocument('service-new')).toEqual(created);
    expect(await store.query('*[_type == "service" && _id == "service-new"][0].title')).toBe('New service');
    await expect(store.create(aService({ _id: 'service-new' }))).rejects.toBeInstanceOf(DocumentExistsError);
  });

  it('rejects an invalid document naming its id and field, and writes nothing', async () => {
    const bad = { ...aService({ _id: 'service-bad' }), summary: '' };
    const before = h.writesReached();
    const error = await store.create(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentValidationError);
    expect((error as DocumentValidationError).documentId).toBe('service-bad');
    expect((error as DocumentValidationError).issues.map((i) => i.path)).toContain('summary');
    expect((error as Error).message).toMatch(/service "service-bad".*summary/);
    expect(h.writesReached()).toBe(before);
    expect(await store.getDocument('service-bad')).toBeNull();
  });

  it('createMany is all or nothing', async () => {
    const good = aCategory({ _id: 'cat-a', slug: { _type: 'slug', current: 'a' } });
    const invalid = { ...aCategory({ _id: 'cat-b' }), title: '' };
    await expect(store.createMany([good, invalid as AnyDocument])).rejects.toBeInstanceOf(DocumentValidationError);
    await expect(store.createMany([good, aCategory()])).rejects.toBeInstanceOf(DocumentExistsError);
    expect(await store.getDocument('cat-a')).toBeNull();
    await store.createMany([good, aCategory({ _id: 'cat-c', slug: { _type: 'slug', current: 'c' } })]);
    expect(await store.query('count(*[_type == "category"])')).toBe(3);
  });

  it('createIfNotExists is idempotent', async () => {
    const response = aSurveyResponse();
    const first = await store.createIfNotExists(response);
    const second = await store.createIfNotExists(response);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.document).toEqual(first.document);
  });

  it('concurrent createIfNotExists of one id creates exactly one document', async () => {
    const response = aSurveyResponse();
    const results = await Promise.all(Array.from({ length: 10 }, () => store.createIfNotExists(response)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.document._rev)).size).toBe(1);
    const count = await store.query('count(*[_id == $id])', { id: response._id }, { dataset: 'feedback' });
    expect(count).toBe(1);
  });

  it('patches with set, unset and inc, and validates the result', async () => {
    const before = (await store.getDocument('service-ot')) as AnyDocument & { _rev: string; _createdAt: string };
    const patched = await store.patch('service-ot', {
      set: { title: 'Occupational therapy for teenagers', 'cost.details': '£12 a session' },
      unset: ['scheduleNote'],
      inc: { 'ageRange.max': 1 },
      setIfMissing: { accessibility: 'Step-free access' },
    });
    expect(patched).toMatchObject({
      title: 'Occupational therapy for teenagers',
      cost: { kind: 'paid', details: '£12 a session' },
      ageRange: { min: 11, max: 17 },
      accessibility: 'Step-free access',
    });
    expect(patched._rev).not.toBe(before._rev);
    expect(patched._createdAt).toBe(before._createdAt);
    expect(await store.getDocument('service-ot')).toEqual(patched);

    const unsetOptional = await store.patch('service-ot', { unset: ['accessibility'] });
    expect(unsetOptional).not.toHaveProperty('accessibility');

    await expect(store.patch('service-ot', { set: { summary: '' } })).rejects.toBeInstanceOf(DocumentValidationError);
    await expect(store.patch('service-ot', { unset: ['title'] })).rejects.toThrow(/title/);
    await expect(store.patch('service-ot', { set: { title: 'x' }, ifRevisionId: before._rev })).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(store.patch('no-such-document', { set: { title: 'x' } })).rejects.toBeInstanceOf(DocumentNotFoundError);
    expect(await store.query('*[_id == "service-ot"][0].title')).toBe('Occupational therapy for teenagers');

    const current = (await store.getDocument('service-ot'))!;
    const guarded = await store.patch('service-ot', { set: { title: 'OT' }, ifRevisionId: current._rev! });
    expect(guarded).toMatchObject({ title: 'OT' });
  });

  it('deletes a document; deleting it again is not an error', async () => {
    await store.delete('service-ot');
    expect(await store.getDocument('service-ot')).toBeNull();
    expect(await store.query('*[_type == "service"]._id')).toEqual(['service-speech']);
    await store.delete('service-ot');
  });

  it('keeps private types in the feedback dataset, invisible to content queries', async () => {
    const response = await store.create(aSurveyResponse());
    expect(await store.getDocument(response._id)).toBeNull();
    expect(await store.getDocument(response._id, { dataset: 'feedback' })).toEqual(response);
    expect(await store.query('*[_type in ["surveyResponse", "correctionReport", "pageFeedback"]]')).toEqual([]);
    expect(await store.query('count(*[_type == "surveyResponse"])', {}, { dataset: 'feedback' })).toBe(2);
    const patched = await store.patch('report-1', { set: { status: 'resolved' } }, { dataset: 'feedback' });
    expect(patched).toMatchObject({ status: 'resolved' });
    await store.delete('pf-1', { dataset: 'feedback' });
    expect(await store.getDocument('pf-1', { dataset: 'feedback' })).toBeNull();
  });

  it('exports NDJSON that loads into a fresh store with the same query results', async () => {
    await store.create(aSurveyResponse());
    await store.patch('service-speech', { set: { title: 'Speech therapy' } });
    const content = await collect(store.exportNdjson('content'));
    const feedback = await collect(store.exportNdjson('feedback'));
    const ids = content.map((l) => (JSON.parse(l) as { _id: string })._id);
    expect(ids).toEqual([...ids].sort());
    expect(ids.some((id) => id.startsWith('drafts.'))).toBe(false);
    for (const line of [...content, ...feedback]) {
      expect(line).not.toContain('\n');
      expect(JSON.parse(line)).toMatchObject({ _id: expect.any(String), _type: expect.any(String) });
    }
    const fresh = await adapter.open({ content: content.map((l) => JSON.parse(l)), feedback: feedback.map((l) => JSON.parse(l)) });
    try {
      const queries: [string, 'content' | 'feedback'][] = [
        ['*[_type == "service"] | order(_id) {_id, title, "provider": provider->name}', 'content'],
        ['*[] | order(_id) {_id, _type, _rev}', 'content'],
        ['*[] | order(_id) {_id, _type, _rev}', 'feedback'],
      ];
      for (const [q, dataset] of queries) {
        expect(await fresh.store.query(q, {}, { dataset })).toEqual(await store.query(q, {}, { dataset }));
      }
      const again = await collect(fresh.store.exportNdjson('content'));
      expect(again.map((l) => JSON.parse(l))).toEqual(content.map((l) => JSON.parse(l)));
    } finally {
      await fresh.close();
    }
  });
});
