// The loopback Sanity double answers the real @sanity/client as Sanity would, for the slice the adapter uses.
import { createClient } from '@sanity/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSanityDouble, type SanityDouble } from '../../doubles/sanity-server.ts';
import { contentFixtures } from './fixtures.ts';

let double: SanityDouble;
const client = (token?: string) =>
  createClient({ projectId: 'test1234', dataset: 'production', apiVersion: '2025-02-19', apiHost: double.url, useProjectHostname: false, useCdn: false, token, maxRetries: 0 });

beforeEach(async () => {
  double = await startSanityDouble({ documents: { production: contentFixtures(), secret: [{ _id: 'x', _type: 'pageFeedback' }] }, token: 'good', privateDatasets: ['secret'] });
});
afterEach(async () => double.close());

describe('Sanity double', () => {
  it('answers GET queries with params, hiding drafts', async () => {
    expect(await client().fetch('*[_type == $t] | order(_id)._id', { t: 'service' })).toEqual(['service-ot', 'service-speech']);
    expect(double.requests.at(-1)).toMatchObject({ method: 'GET', endpoint: 'query', dataset: 'production', status: 200 });
  });

  it('answers long queries the client sends by POST', async () => {
    const long = 'x'.repeat(12_000);
    expect(await client().fetch('count(*[_type == "service" && title != $long])', { long })).toBe(2);
    expect(double.requests.at(-1)).toMatchObject({ method: 'POST', endpoint: 'query' });
  });

  it('reports GROQ syntax errors as query parse errors', async () => {
    await expect(client().fetch('*[_type == ')).rejects.toMatchObject({ statusCode: 400 });
  });

  it('needs a valid bearer token for mutations and private datasets', async () => {
    await expect(client().create({ _id: 'a', _type: 'category' })).rejects.toMatchObject({ statusCode: 401 });
    await expect(client('bad').create({ _id: 'a', _type: 'category' })).rejects.toMatchObject({ statusCode: 401 });
    await expect(client().withConfig({ dataset: 'secret' }).fetch('*')).rejects.toMatchObject({ statusCode: 401 });
    expect(await client('good').withConfig({ dataset: 'secret' }).fetch('count(*)')).toBe(1);
  });

  it('refuses a create over an existing id with a 409 mutation error, applying nothing', async () => {
    const error = await client('good')
      .transaction()
      .create({ _id: 'new-doc', _type: 'category' })
      .create({ _id: 'service-ot', _type: 'service' })
      .commit()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 409, message: expect.stringContaining('Document by ID "service-ot" already exists') });
    expect(double.documents('production').some((d) => d._id === 'new-doc')).toBe(false);
  });

  it('stamps _rev with the transaction id and returns documents on request', async () => {
    const result = await client('good').create({ _id: 'c1', _type: 'category', title: 'T' });
    expect(result).toMatchObject({ _id: 'c1', title: 'T', _rev: expect.any(String), _createdAt: expect.any(String) });
    const tx = await client('good').transaction().createIfNotExists({ _id: 'c1', _type: 'category' }).commit();
    expect(tx.results).toEqual([{ id: 'c1', operation: 'none' }]);
  });

  it('serves documents by id with the missing ones omitted', async () => {
    expect(await client('good').getDocuments(['provider-nhs', 'nope'])).toEqual([expect.objectContaining({ _id: 'provider-nhs' }), null]);
    expect(double.requests.at(-1)).toMatchObject({ endpoint: 'doc', path: '/v2025-02-19/data/doc/production/provider-nhs,nope' });
  });
});
