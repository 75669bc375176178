// The ORUK routes as Astro calls them: data from the embedded store (one bulk query, kept for a minute), JSON out,
// CORS open to every origin, preflights answered, writes refused. The shapes are checked in oruk.contract.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { APIContext, APIRoute } from 'astro';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { orukId } from '../../src/oruk/uuid.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'oruk-routes-'));
process.env.CONTENT_DIR = join(ROOT, 'content');
process.env.DATA_DIR = dataDir;
process.env.SITE_URL = 'https://localoffer.westmoor.example';
delete process.env.SANITY_PROJECT_ID;

interface RouteModule {
  prerender: boolean;
  GET: APIRoute;
  HEAD: APIRoute;
  OPTIONS: APIRoute;
  ALL: APIRoute;
}

const ROUTES = {
  root: '../../site/pages/api/oruk/index.ts',
  services: '../../site/pages/api/oruk/services/index.ts',
  service: '../../site/pages/api/oruk/services/[id].ts',
  serviceAtLocations: '../../site/pages/api/oruk/service_at_locations/index.ts',
  serviceAtLocation: '../../site/pages/api/oruk/service_at_locations/[id].ts',
  taxonomies: '../../site/pages/api/oruk/taxonomies/index.ts',
  taxonomy: '../../site/pages/api/oruk/taxonomies/[id].ts',
  taxonomyTerms: '../../site/pages/api/oruk/taxonomy_terms/index.ts',
  taxonomyTerm: '../../site/pages/api/oruk/taxonomy_terms/[id].ts',
} as const;

const routes = {} as Record<keyof typeof ROUTES, RouteModule>;
let queryCount: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  const { getStore } = await import('../../site/lib/store.ts');
  const store = await getStore();
  queryCount = vi.spyOn(store, 'query');
  for (const [name, path] of Object.entries(ROUTES)) routes[name as keyof typeof ROUTES] = (await import(path)) as RouteModule;
});

afterAll(async () => {
  const { getStore } = await import('../../site/lib/store.ts');
  await (await getStore()).close();
  rmSync(dataDir, { recursive: true, force: true });
});

function call(handler: APIRoute, path: string, init: { method?: string; params?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const url = new URL(path, 'http://localhost:4321');
  const request = new Request(url, { method: init.method ?? 'GET', headers: init.headers });
  return handler({ url, request, params: init.params ?? {} } as unknown as APIContext) as Promise<Response>;
}

describe('the ORUK routes', () => {
  it('are all rendered on demand', () => {
    for (const [name, mod] of Object.entries(routes)) {
      expect(mod.prerender, name).toBe(false);
      expect(typeof mod.GET, name).toBe('function');
    }
  });

  it('GET / says which profile this is, open to any origin', async () => {
    const res = await call(routes.root.GET, '/api/oruk/');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toMatchObject({ version: 'HSDS-UK-3.0' });
  });

  it('serve the store\'s services from one bulk query, kept in memory', async () => {
    const first = await call(routes.services.GET, '/api/oruk/services?per_page=2');
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const page = (await first.json()) as { total_items: number; contents: { id: string; last_modified: string }[] };
    expect(page.total_items).toBeGreaterThan(50);
    expect(page.contents).toHaveLength(2);
    // The embedded store stamps seed documents with the file's time: last_modified comes from _updatedAt.
    expect(page.contents[0]!.last_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const id = page.contents[0]!.id;
    const one = await call(routes.service.GET, `/api/oruk/services/${id}`, { params: { id } });
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id, service_at_locations: expect.any(Array), attributes: expect.any(Array) });

    for (const [route, path] of [
      [routes.serviceAtLocations, '/api/oruk/service_at_locations?postcode=WM4&proximity=3000'],
      [routes.taxonomies, '/api/oruk/taxonomies'],
      [routes.taxonomyTerms, '/api/oruk/taxonomy_terms?per_page=100'],
    ] as const) {
      expect((await call(route.GET, path)).status, path).toBe(200);
    }
    // One fingerprint query and one bulk query, however many requests.
    expect(queryCount).toHaveBeenCalledTimes(2);
  });

  it('answer the [id] routes from the same data', async () => {
    const terms = (await (await call(routes.taxonomyTerms.GET, '/api/oruk/taxonomy_terms?per_page=100')).json()) as { contents: { id: string; taxonomy_id: string }[] };
    const term = terms.contents[0]!;
    expect((await call(routes.taxonomyTerm.GET, '/', { params: { id: term.id } })).status).toBe(200);
    expect((await call(routes.taxonomy.GET, '/', { params: { id: term.taxonomy_id } })).status).toBe(200);
    const sals = (await (await call(routes.serviceAtLocations.GET, '/api/oruk/service_at_locations?per_page=1')).json()) as { contents: { id: string }[] };
    expect((await call(routes.serviceAtLocation.GET, '/', { params: { id: sals.contents[0]!.id } })).status).toBe(200);
  });

  it('answer a bad query string with a 400 naming the parameter, with CORS', async () => {
    const res = await call(routes.services.GET, '/api/oruk/services?per_page=abc');
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toMatchObject({ errors: [{ parameter: 'per_page', message: 'per_page must be a whole number, like 50' }] });
  });

  it('answer an unknown id with a JSON 404', async () => {
    const id = orukId('service-that-does-not-exist');
    const res = await call(routes.service.GET, `/api/oruk/services/${id}`, { params: { id } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ status: 404, message: `There is no service with id ${id}` });
  });

  it('answer CORS preflights on every route', async () => {
    for (const [name, mod] of Object.entries(routes)) {
      const res = await call(mod.OPTIONS, '/api/oruk/services', {
        method: 'OPTIONS',
        headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET' },
      });
      expect(res.status, name).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), name).toBe('*');
      expect(res.headers.get('access-control-allow-methods'), name).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('refuse writes with 405', async () => {
    const res = await call(routes.services.ALL, '/api/oruk/services', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});
