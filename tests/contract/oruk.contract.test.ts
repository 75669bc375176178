// The ORUK API holds to the Open Referral UK v3 profile: every endpoint's answer, built from the sample dataset,
// validates against the profile's JSON Schemas (vendor/oruk-v3), closed to extra fields,
// and every filter means what the profile's OpenAPI says it means.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type AnySchema, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseDocument, type AnyDocument } from '../../src/model/index.ts';
import { PostcodeDistricts } from '../../src/local-offer/postcode.ts';
import { milesBetween } from '../../src/local-offer/distance.ts';
import * as api from '../../src/oruk/api.ts';
import { buildDirectory } from '../../src/oruk/directory.ts';
import { taxonomyId } from '../../src/oruk/map.ts';
import { MAX_PER_PAGE } from '../../src/oruk/params.ts';
import type { OrukPage, OrukService, OrukServiceAtLocationSummary, OrukServiceSummary } from '../../src/oruk/types.ts';
import { orukId } from '../../src/oruk/uuid.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PROFILE = resolve(ROOT, 'vendor/oruk-v3');
const UPSTREAM = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/';
/** Where the profile's schemas live for ajv: the upstream address, so the OpenAPI's own $refs resolve to our copies. */
const BASE = UPSTREAM;

// ---------------------------------------------------------------------------------------------------------------
// The profile's schemas, loaded into ajv

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Frictionless Data and ORUK annotations in the schemas: not JSON Schema keywords, so declared to ajv as such. */
const ANNOTATIONS = ['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'tabular_required', 'datapackage_type'];

/**
 * The same schema with `additionalProperties: false` on every object that lists its properties, so a field the
 * profile does not define fails: our bodies are "exactly as in the profile", not a superset of it.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const node = schema as Record<string, unknown>;
  const out: Record<string, unknown> = { ...node };
  if (node.properties && typeof node.properties === 'object') {
    out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, closed(v)]));
    out.additionalProperties = false;
  }
  if (node.items) out.items = closed(node.items);
  if (node.allOf) out.allOf = closed(node.allOf);
  if (node.definitions && typeof node.definitions === 'object') {
    out.definitions = Object.fromEntries(Object.entries(node.definitions).map(([k, v]) => [k, closed(v)]));
  }
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
ajv.addVocabulary(ANNOTATIONS);
for (const file of readdirSync(join(PROFILE, 'schema')).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
  ajv.addSchema(closed(readJson(join(PROFILE, 'schema', file))) as AnySchema, `${BASE}${file}`);
}
for (const file of readdirSync(join(PROFILE, 'schema/compiled')).filter((f) => f.endsWith('.json'))) {
  ajv.addSchema(closed(readJson(join(PROFILE, 'schema/compiled', file))) as AnySchema, `${BASE}compiled/${file}`);
}

interface OpenApi {
  paths: Record<string, { get: { responses: { '200': { content: { 'application/json': { schema: Record<string, unknown> } } } } } }>;
  components: { schemas: { Page: { properties: Record<string, unknown> } } };
}
const openapi = readJson(join(PROFILE, 'openapi30.json')) as OpenApi;
const PAGE_FIELDS = Object.keys(openapi.components.schemas.Page.properties);

/**
 * The OpenAPI's 200 schema for a path, made checkable: the `Page` envelope inlined with all its fields required
 * (the OpenAPI lists them; a page without them is no use), `contents` required, and nothing else allowed.
 */
function responseSchema(path: string): AnySchema {
  const schema = structuredClone(openapi.paths[path]!.get.responses['200'].content['application/json'].schema);
  if (!schema.allOf) return schema.$ref ? { $ref: schema.$ref } : (closed({ ...schema, required: Object.keys(schema.properties as object) }) as AnySchema);
  const page = openapi.components.schemas.Page;
  return {
    type: 'object',
    properties: { ...page.properties, ...(schema.properties as object) },
    required: [...PAGE_FIELDS, 'contents'],
    additionalProperties: false,
  };
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(path: string): ValidateFunction {
  if (!validators.has(path)) validators.set(path, ajv.compile(responseSchema(path)));
  return validators.get(path)!;
}

/** Validate a body against the schema the OpenAPI gives for `path`; on failure, show ajv's errors. */
function expectValid(path: string, body: unknown, what = path): void {
  const validate = validatorFor(path);
  const ok = validate(body);
  expect(ok ? [] : validate.errors!.slice(0, 5).map((e) => `${what}${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
}

function expectValidAgainst(schemaId: string, body: unknown, what: string): void {
  const validate = ajv.getSchema(`${BASE}${schemaId}`)!;
  const ok = validate(body);
  expect(ok ? [] : validate.errors!.slice(0, 5).map((e) => `${what}${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------------
// The sample dataset, parsed with the model, and the directory built from it

const documents: AnyDocument[] = readFileSync(join(ROOT, 'content/sample.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => parseDocument(JSON.parse(line)));
const ofType = (...types: string[]) => documents.filter((d) => types.includes(d._type));
const districts = PostcodeDistricts.parse(readJson(join(ROOT, 'content/postcode-districts.json')));
const settings = documents.find((d) => d._type === 'siteSettings') as Extract<AnyDocument, { _type: 'siteSettings' }>;
const site = { siteUrl: 'https://localoffer.westmoor.example', areaName: settings.areaName };
const dir = buildDirectory({ services: ofType('service'), providers: ofType('provider'), terms: ofType('agePhase', 'category', 'need') }, site, districts);
const sampleServices = ofType('service') as Extract<AnyDocument, { _type: 'service' }>[];

type Ok<R> = R extends { status: 200; body: infer B } ? B : never;
function ok<R extends { status: number; body: unknown }>(result: R): Ok<R> {
  expect(result.status, JSON.stringify(result.body).slice(0, 300)).toBe(200);
  return result.body as Ok<R>;
}

const q = (qs: string) => new URLSearchParams(qs);

/** Every item of a list endpoint, walking its pages, each page checked against the schema on the way. */
function allPages<T>(path: string, list: (params: URLSearchParams) => { status: number; body: unknown }, qs = '', perPage = 40): T[] {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const body = ok(list(q(`${qs}${qs ? '&' : ''}page=${page}&per_page=${perPage}`))) as OrukPage<T>;
    expectValid(path, body, `${path}?page=${page}`);
    items.push(...body.contents);
    if (body.last_page) break;
    expect(page).toBeLessThan(10_000);
  }
  return items;
}

const services = (qs: string): OrukServiceSummary[] => allPages('/services', (p) => api.listServices(dir, p), qs, MAX_PER_PAGE);
const fullById = new Map(dir.services.map((s) => [s.id, ok(api.getService(dir, s.id))]));
const full = (s: { id: string }): OrukService => fullById.get(s.id)!;
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

// ---------------------------------------------------------------------------------------------------------------

describe('the sample dataset behind the API', () => {
  it('maps without a single document left out', () => {
    expect(dir.issues).toEqual([]);
    expect(dir.services.length).toBe(sampleServices.length);
    expect(dir.services.length).toBeGreaterThan(50);
  });
});

describe('the schema check itself', () => {
  const service = () => structuredClone(full(dir.services[0]!));
  const fails = (path: string, body: unknown) => expect(validatorFor(path)(body)).toBe(false);

  it('catches a field the profile does not define, at any depth', () => {
    fails('/services/{id}', { ...service(), phones: [] });
    const s = service();
    (s.contacts[0] as unknown as Record<string, unknown>).email = 'x@example.com';
    fails('/services/{id}', s);
  });

  it('catches a wrong id, a missing required field, a bad enum and a bad format', () => {
    fails('/services/{id}', { ...service(), id: 'service-speech' });
    const { name: _, ...noName } = service();
    fails('/services/{id}', noName);
    fails('/services/{id}', { ...service(), status: 'open' });
    fails('/services/{id}', { ...service(), url: 'not a url' });
  });

  it('catches a page without its paging fields', () => {
    const { total_pages: _, ...page } = ok(api.listServices(dir, q('per_page=1')));
    fails('/services', page);
  });
});

describe('every endpoint answers in the ORUK v3 shape', () => {
  it('GET /', () => {
    expectValid('/', ok(api.getApiInfo()));
  });

  it('GET /services: every page of the whole directory', () => {
    const all = allPages<OrukServiceSummary>('/services', (p) => api.listServices(dir, p), '', 25);
    expect(all).toHaveLength(dir.services.length);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('GET /services/{id}: every service, fully nested', () => {
    for (const [id, body] of fullById) expectValid('/services/{id}', body, `/services/${id}`);
  });

  it('GET /service_at_locations: every page', () => {
    const all = allPages<OrukServiceAtLocationSummary>('/service_at_locations', (p) => api.listServiceAtLocations(dir, p), '', 25);
    const venues = sampleServices.reduce((n, s) => n + s.locations.length, 0);
    expect(all).toHaveLength(venues);
    expect(venues).toBeGreaterThan(50);
  });

  it('GET /service_at_locations/{id}: every one, against the compiled service_at_location schema', () => {
    // The OpenAPI points this path at compiled/service.json, a copy-and-paste slip upstream: its own description
    // says "fully nested service_at_location", and the profile compiles a schema for exactly that.
    expect(openapi.paths['/service_at_locations/{id}']!.get.responses['200'].content['application/json'].schema.$ref).toBe(`${UPSTREAM}compiled/service.json`);
    for (const sal of dir.serviceAtLocations) {
      expectValidAgainst('compiled/service_at_location.json', ok(api.getServiceAtLocation(dir, sal.id)), `/service_at_locations/${sal.id}`);
    }
  });

  it('GET /taxonomies and /taxonomies/{id}', () => {
    const all = allPages<{ id: string }>('/taxonomies', (p) => api.listTaxonomies(dir, p), '', 2);
    expect(ids(all)).toEqual([taxonomyId('agePhase'), taxonomyId('category'), taxonomyId('need')].sort());
    for (const t of all) {
      const body = ok(api.getTaxonomy(dir, t.id));
      expectValid('/taxonomies/{id}', body, `/taxonomies/${t.id}`);
      expect(body.taxonomy_terms!.length).toBeGreaterThan(0);
    }
  });

  it('GET /taxonomy_terms and /taxonomy_terms/{id}: needs, age phases and categories', () => {
    const all = allPages<{ id: string; taxonomy_id?: string }>('/taxonomy_terms', (p) => api.listTaxonomyTerms(dir, p), '', 7);
    expect(all).toHaveLength(ofType('agePhase', 'category', 'need').length);
    for (const kind of ['agePhase', 'category', 'need'] as const) {
      expect(all.filter((t) => t.taxonomy_id === taxonomyId(kind)).length, kind).toBe(ofType(kind).length);
    }
    for (const t of all) expectValid('/taxonomy_terms/{id}', ok(api.getTaxonomyTerm(dir, t.id)), `/taxonomy_terms/${t.id}`);
  });
});

describe('ids and dates', () => {
  it('are UUID v5 derived from the Sanity _id, so they never change between builds', () => {
    for (const s of sampleServices) {
      const id = orukId(s._id);
      expect(full({ id }).name).toBe(s.title);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('never give two records of one kind the same id', () => {
    const every = [...fullById.values()];
    const kinds = {
      schedule: every.flatMap((s) => s.schedules),
      service_area: every.flatMap((s) => s.service_areas),
      service_at_location: every.flatMap((s) => s.service_at_locations),
      location: every.flatMap((s) => s.service_at_locations.map((sal) => sal.location)),
      address: every.flatMap((s) => s.service_at_locations.flatMap((sal) => sal.location.addresses)),
      contact: every.flatMap((s) => s.contacts),
      cost_option: every.flatMap((s) => s.cost_options),
      attribute: every.flatMap((s) => s.attributes),
    };
    for (const [kind, items] of Object.entries(kinds)) expect(new Set(items.map((i) => i.id)).size, kind).toBe(items.length);
  });

  it('carry assured_date from lastReviewed and the ages from the age range', () => {
    for (const s of sampleServices) {
      expect(full({ id: orukId(s._id) })).toMatchObject({ assured_date: s.lastReviewed, minimum_age: s.ageRange.min, maximum_age: s.ageRange.max });
    }
  });
});

describe('paging', () => {
  const total = dir.services.length;

  it.each([1, 7, 50, MAX_PER_PAGE])('with per_page=%i the page counts add up', (perPage) => {
    const pages = Math.ceil(total / perPage);
    const first = ok(api.listServices(dir, q(`per_page=${perPage}`)));
    expect(first).toMatchObject({ total_items: total, total_pages: pages, page_number: 1, first_page: true, last_page: pages === 1, empty: false });
    expect(first.size).toBe(Math.min(perPage, total));
    const last = ok(api.listServices(dir, q(`per_page=${perPage}&page=${pages}`)));
    expect(last).toMatchObject({ page_number: pages, first_page: pages === 1, last_page: true, empty: false });
    expect(last.size).toBe(total - (pages - 1) * perPage);
    expect(last.contents).toHaveLength(last.size);
  });

  it('answers a page past the end with an empty last page', () => {
    const beyond = ok(api.listServices(dir, q('per_page=50&page=999')));
    expect(beyond).toMatchObject({ total_items: total, page_number: 999, size: 0, first_page: false, last_page: true, empty: true, contents: [] });
    expectValid('/services', beyond);
  });

  it('defaults to the first page of 50', () => {
    expect(ok(api.listServices(dir, q('')))).toMatchObject({ page_number: 1, size: Math.min(50, total) });
  });

  it('answers an empty result with one empty page', () => {
    const none = ok(api.listServices(dir, q('search=zzzzqqqq')));
    expect(none).toEqual({ total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
    expectValid('/services', none);
  });
});

describe('filters mean what the ORUK OpenAPI says', () => {
  const text = (s: OrukServiceSummary) => `${s.name}\n${s.description}`;

  it('search: full text over names and descriptions, every word, any case', () => {
    for (const word of ['speech', 'autism', 'swimming', 'sleep']) {
      const found = services(`search=${word.toUpperCase()}`);
      const expected = dir.services.filter((s) => new RegExp(`\\b${word}`, 'i').test(text(s.summary)));
      expect(found.length, word).toBeGreaterThan(0);
      expect(ids(found), word).toEqual(ids(expected.map((s) => s.summary)));
    }
    const both = services('search=speech%20therapy');
    expect(both.length).toBeGreaterThan(0);
    for (const s of both) expect(text(s)).toMatch(/\bspeech/i), expect(text(s)).toMatch(/\btherap/i);
  });

  it('taxonomy_term_id: exactly the services linked to that term', () => {
    for (const term of dir.terms) {
      const found = services(`taxonomy_term_id=${term.id}`);
      const expected = [...fullById.values()].filter((s) => s.attributes.some((a) => a.taxonomy_term_id === term.id));
      expect(ids(found), term.name).toEqual(ids(expected));
    }
    const autism = dir.terms.find((t) => t.term === 'autism')!;
    expect(services(`taxonomy_term_id=${autism.id}`).length).toBeGreaterThan(0);
  });

  it('taxonomy_id: the services with any term of that taxonomy', () => {
    expect(services(`taxonomy_id=${taxonomyId('agePhase')}`)).toHaveLength(dir.services.length);
    const withNeeds = sampleServices.filter((s) => s.needs.length > 0);
    expect(ids(services(`taxonomy_id=${taxonomyId('need')}`))).toEqual(ids(withNeeds.map((s) => ({ id: orukId(s._id) }))));
  });

  it('minimum_age: services with a minimum age of at least the value', () => {
    for (const age of [0, 5, 11, 16]) {
      const found = services(`minimum_age=${age}`);
      expect(found.every((s) => s.minimum_age >= age)).toBe(true);
      expect(found).toHaveLength(sampleServices.filter((s) => s.ageRange.min >= age).length);
    }
  });

  it('maximum_age: services with a maximum age at or below the value', () => {
    for (const age of [5, 11, 18, 25]) {
      const found = services(`maximum_age=${age}`);
      expect(found.every((s) => s.maximum_age <= age)).toBe(true);
      expect(found).toHaveLength(sampleServices.filter((s) => s.ageRange.max <= age).length);
    }
    const between = services('minimum_age=5&maximum_age=16');
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((s) => s.minimum_age >= 5 && s.maximum_age <= 16)).toBe(true);
  });

  it('modified_after: services modified on or after that moment', () => {
    const moments = [...new Set(dir.services.map((s) => s.summary.last_modified))].sort();
    const middle = moments[Math.floor(moments.length / 2)]!;
    const found = services(`modified_after=${encodeURIComponent(middle)}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s.last_modified >= middle)).toBe(true);
    expect(found).toHaveLength(dir.services.filter((s) => s.summary.last_modified >= middle).length);
    expect(services(`modified_after=${middle.slice(0, 10)}`).length).toBeGreaterThanOrEqual(found.length);
  });

  describe('postcode and proximity (metres from the postcode district centroid)', () => {
    const centre = districts.find((d) => d.district === 'WM9')!;
    const metres = (lat: number, lng: number) => milesBetween(centre, { lat, lng }) * 1609.344;
    const covers = (s: OrukService) => s.service_areas.some((a) => a.name === centre.area);
    const nearest = (s: OrukService) => Math.min(...s.service_at_locations.map((sal) => metres(sal.location.latitude!, sal.location.longitude!)));
    const distance = (s: OrukService) => (covers(s) ? 0 : nearest(s));

    it('postcode: leaves out services whose service areas do not include it, nearest first', () => {
      const found = services('postcode=WM9%203XU').map(full);
      const expected = [...fullById.values()].filter((s) => s.service_areas.length === 0 || covers(s));
      expect(ids(found)).toEqual(ids(expected));
      const placed = found.map(distance).filter(Number.isFinite);
      expect(placed).toEqual([...placed].sort((a, b) => a - b));
      expect(found.slice(0, placed.length).map(distance)).toEqual(placed);
    });

    it.each([500, 2000, 5000])('proximity=%i: only services within that many metres, nearest first', (proximity) => {
      const found = services(`postcode=WM9%203XU&proximity=${proximity}`).map(full);
      const expected = [...fullById.values()].filter((s) => (s.service_areas.length === 0 || covers(s)) && distance(s) <= proximity);
      expect(ids(found)).toEqual(ids(expected));
      expect(found.length).toBeGreaterThan(0);
      const d = found.map(distance);
      expect(d).toEqual([...d].sort((a, b) => a - b));
    });

    it('proximity on /service_at_locations measures each venue', () => {
      const found = allPages<OrukServiceAtLocationSummary>('/service_at_locations', (p) => api.listServiceAtLocations(dir, p), 'postcode=WM9&proximity=3000');
      expect(found.length).toBeGreaterThan(0);
      const d = found.map((sal) => metres(sal.location.latitude!, sal.location.longitude!));
      expect(d.every((m) => m <= 3000)).toBe(true);
      expect(d).toEqual([...d].sort((a, b) => a - b));
    });
  });

  it('day, start_time and end_time: one opening time meets them all', () => {
    const found = services('day=saturday&start_time=09:00&end_time=17:00').map(full);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) {
      expect(s.schedules.some((t) => t.byday === 'SA' && t.opens_at! >= '09:00' && t.closes_at! <= '17:00')).toBe(true);
    }
  });

  it('organization_id: the services that organization provides', () => {
    const org = dir.services[0]!.summary.organization_id!;
    const found = services(`organization_id=${org}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s.organization_id === org)).toBe(true);
  });
});

describe('bad requests get a 400 that names the parameter, never a 500', () => {
  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['per_page=abc', 'per_page'],
    ['per_page=0', 'per_page'],
    ['per_page=1000000', 'per_page'],
    ['taxonomy_term_id=autism', 'taxonomy_term_id'],
    ['taxonomy_id=needs', 'taxonomy_id'],
    ['minimum_age=young', 'minimum_age'],
    ['maximum_age=11years', 'maximum_age'],
    ['postcode=not%20a%20postcode', 'postcode'],
    ['postcode=SW1A%201AA', 'postcode'],
    ['proximity=1000', 'proximity'],
    ['postcode=WM1&proximity=far', 'proximity'],
    ['modified_after=last%20tuesday', 'modified_after'],
    ['modified_after=2026-13-01', 'modified_after'],
    ['day=someday', 'day'],
    ['start_time=noon', 'start_time'],
    ['format=ndjson', 'format'],
  ])('%s', (qs, parameter) => {
    for (const list of [api.listServices, api.listServiceAtLocations]) {
      const result = list(dir, q(qs));
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ status: 400, error: 'Bad Request', errors: [expect.objectContaining({ parameter })] });
      expect((result.body as api.ApiError).message).toContain(parameter);
    }
  });

  it('paging parameters of the taxonomy lists too', () => {
    expect(api.listTaxonomies(dir, q('per_page=abc')).body).toMatchObject({ errors: [{ parameter: 'per_page' }] });
    expect(api.listTaxonomyTerms(dir, q('page=0')).body).toMatchObject({ errors: [{ parameter: 'page' }] });
  });

  it('an id that is not a UUID is a 400; an unknown one a 404', () => {
    expect(api.getService(dir, 'service-speech').status).toBe(400);
    expect(api.getService(dir, '3f7b145d-84af-42d7-8fae-eaca714b02b2').status).toBe(404);
  });
});
