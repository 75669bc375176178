import { describe, expect, it } from 'vitest';
import * as api from '../../../src/oruk/api.ts';
import { orukId } from '../../../src/oruk/uuid.ts';
import { aDirectory, aService, aVenue } from './builders.ts';

const dir = aDirectory([aService({ locations: [aVenue({ _key: 'clinic' })] })]);
const unknown = '3f7b145d-84af-42d7-8fae-eaca714b02b2';

describe('the ORUK endpoints', () => {
  it('GET / names the HSDS profile it follows', () => {
    expect(api.getApiInfo()).toEqual({
      status: 200,
      body: { version: 'HSDS-UK-3.0', profile: 'https://openreferraluk.org/', openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json' },
    });
  });

  it('answer a bad query string with 400 and every problem named', () => {
    expect(api.listServices(dir, new URLSearchParams('page=0&per_page=abc'))).toEqual({
      status: 400,
      body: {
        status: 400,
        error: 'Bad Request',
        message: 'page must be 1 or more; per_page must be a whole number, like 50',
        errors: [
          { parameter: 'page', message: 'page must be 1 or more' },
          { parameter: 'per_page', message: 'per_page must be a whole number, like 50' },
        ],
      },
    });
    expect(api.listTaxonomies(dir, new URLSearchParams('per_page=9999')).status).toBe(400);
    expect(api.listTaxonomyTerms(dir, new URLSearchParams('page=x')).status).toBe(400);
    expect(api.listServiceAtLocations(dir, new URLSearchParams('postcode=nowhere')).status).toBe(400);
  });

  it.each([
    ['services', api.getService],
    ['service_at_locations', api.getServiceAtLocation],
    ['taxonomies', api.getTaxonomy],
    ['taxonomy_terms', api.getTaxonomyTerm],
  ] as const)('/%s/{id} answers 400 for an id that is not a UUID and 404 for one it does not know', (_, get) => {
    expect(get(dir, 'service-speech')).toMatchObject({ status: 400, body: { errors: [{ parameter: 'id' }] } });
    expect(get(dir, unknown)).toMatchObject({ status: 404, body: { status: 404, error: 'Not Found' } });
  });

  it('finds a service by its id in any case', () => {
    expect(api.getService(dir, orukId('service-speech').toUpperCase())).toMatchObject({ status: 200, body: { name: 'Speech and language therapy' } });
  });

  it('nests the service and the full location in a service_at_location', () => {
    const result = api.getServiceAtLocation(dir, orukId('service-speech', 'service-at-location', 'clinic'));
    expect(result.status).toBe(200);
    const body = result.body as Extract<ReturnType<typeof api.getServiceAtLocation>, { status: 200 }>['body'];
    expect(body.location.addresses[0]!.postal_code).toBe('WM4 2AB');
    expect(body.service.id).toBe(orukId('service-speech'));
    expect(body.service).not.toHaveProperty('service_at_locations');
  });
});
