// The Sanity adapter within Sanity's limits: group commit, 429/5xx retries that never double-apply, a request-rate cap.
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentExistsError } from '../../../src/store/port.ts';
import type { SanityStore, SanityStoreOptions } from '../../../src/store/sanity/index.ts';
import { sanityStoreOn, startSanityDouble, type SanityDouble, type SanityDoubleOptions } from '../../doubles/sanity-server.ts';
import { aCategory, aSurveyResponse, contentFixtures } from './fixtures.ts';

let double: SanityDouble;
let store: SanityStore;

async function setup(doubleOptions: SanityDoubleOptions = {}, storeOptions: Partial<SanityStoreOptions> = {}) {
  double = await startSanityDouble({ documents: { production: contentFixtures(), feedback: [] }, ...doubleOptions });
  store = sanityStoreOn(double, { backoffMs: () => 20, ...storeOptions });
}

const mutateRequests = () => double.requests.filter((r) => r.endpoint === 'mutate');

afterEach(async () => {
  await store?.close();
  await double?.close();
});

describe('Sanity adapter', () => {
  it('group-commits concurrent writes into a few transactions', async () => {
    await setup();
    const results = await Promise.all(Array.from({ length: 100 }, () => store.createIfNotExists(aSurveyResponse())));
    expect(results.every((r) => r.created)).toBe(true);
    expect(mutateRequests().length).toBeLessThanOrEqual(3);
    expect(double.documents('feedback')).toHaveLength(100);
    expect(store.stats()).toMatchObject({ mutations: 100, retries: 0 });
  });

  it('waits out a 429 for as long as retry-after says, then succeeds', async () => {
    await setup({ faults: [{ status: 429, times: 2, retryAfterSeconds: 0.2 }] });
    const started = Date.now();
    const doc = await store.create(aSurveyResponse());
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(mutateRequests().map((r) => r.status)).toEqual([429, 429, 200]);
    expect(store.stats()).toMatchObject({ rateLimited: 2 });
    expect(double.documents('feedback').map((d) => d._id)).toEqual([doc._id]);
  });

  it('retries 503s and gives up after maxRetries with the error', async () => {
    await setup({ faults: [{ status: 503, times: 2 }] });
    await store.create(aSurveyResponse());
    expect(mutateRequests().filter((r) => r.status === 503)).toHaveLength(2);
    double.setFault({ status: 503 });
    await expect(store.create(aSurveyResponse())).rejects.toMatchObject({ statusCode: 503 });
  });

  it('does not apply a write twice when the answer was lost after it landed', async () => {
    await setup({ faults: [{ status: 502, times: 1, afterApply: true }] });
    const created = await store.create(aSurveyResponse());
    expect(created._rev).toEqual(expect.any(String));
    double.setFault({ status: 500, times: 1, afterApply: true });
    const again = await store.createIfNotExists(aSurveyResponse());
    expect(again.created).toBe(true);
    double.setFault({ status: 504, times: 1, afterApply: true });
    await store.patch(created._id, { set: { agePhase: 'primary' } }, { dataset: 'feedback' });
    expect(double.documents('feedback')).toHaveLength(2);
    // Each lost answer cost one extra read, never a second mutation.
    expect(mutateRequests().map((r) => r.status)).toEqual([502, 500, 504]);
  });

  it('fails only the refused write when a batched transaction is refused', async () => {
    await setup();
    const writes = [aCategory(), aCategory({ _id: 'cat-new', slug: { _type: 'slug', current: 'new' } })].map((d) =>
      store.create(d).then(
        () => 'ok',
        (e: unknown) => e,
      ),
    );
    const [dup, fresh] = await Promise.all(writes);
    expect(dup).toBeInstanceOf(DocumentExistsError);
    expect(fresh).toBe('ok');
  });

  it('keeps mutation requests under the configured rate, so Sanity never has to say 429', async () => {
    // As in production (20 against Sanity's 25), the cap leaves room for requests that arrive closer than they left.
    await setup({ mutationRequestsPerSecond: 5 }, { perSecond: 4 });
    // createMany is its own transaction: these cannot be batched, so each is one request.
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.createMany([aCategory({ _id: `cat-${i}`, slug: { _type: 'slug', current: `c${i}` } })])),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(double.peakMutationRate()).toBeLessThanOrEqual(5);
    expect(store.stats().rateLimited).toBe(0);
  });

  it('coalesces concurrent patches of one document into one read and one write', async () => {
    await setup();
    const results = await Promise.all(Array.from({ length: 30 }, () => store.patch('cat-therapy', { inc: { order: 1 } })));
    expect(await store.query('*[_id == "cat-therapy"][0].order')).toBe(31);
    expect(mutateRequests().length).toBeLessThanOrEqual(2);
    expect(results.at(-1)).toMatchObject({ order: 31 });
    // One bad patch in the group fails alone.
    const [bad, good] = await Promise.allSettled([
      store.patch('cat-therapy', { set: { title: '' } }),
      store.patch('cat-therapy', { set: { title: 'Therapies' } }),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good).toMatchObject({ status: 'fulfilled', value: { title: 'Therapies', order: 31 } });
  });

  it('retries a patch that lost a race with another writer, re-validating on the fresh document', async () => {
    await setup();
    const other = sanityStoreOn(double);
    await Promise.all([
      ...Array.from({ length: 5 }, () => store.patch('cat-therapy', { inc: { order: 1 } })),
      ...Array.from({ length: 5 }, () => other.patch('cat-therapy', { inc: { order: 1 } })),
    ]);
    expect(await store.query('*[_id == "cat-therapy"][0].order')).toBe(11);
    await other.close();
  });

  it('refuses writes without a write token, before anything is sent', async () => {
    await setup({}, { writeToken: undefined, readToken: 'read' });
    await expect(store.create(aSurveyResponse())).rejects.toThrow(/SANITY_API_WRITE_TOKEN/);
    expect(mutateRequests()).toHaveLength(0);
    expect(await store.query('count(*[_type == "service"])')).toBe(2);
  });
});
