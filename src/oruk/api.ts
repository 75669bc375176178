// The ORUK endpoints as pure functions: directory and request in, status and JSON body out. Routes only load and send.
import { fullService, type Directory } from './directory.ts';
import { selectServiceAtLocations, selectServices } from './filter.ts';
import { toLocation } from './map.ts';
import { paginate } from './paging.ts';
import { parseId, parsePaging, parseServiceQuery, type ParameterError } from './params.ts';
import type {
  OrukApiInfo,
  OrukPage,
  OrukService,
  OrukServiceAtLocationFull,
  OrukServiceAtLocationSummary,
  OrukServiceSummary,
  OrukTaxonomy,
  OrukTaxonomyTerm,
} from './types.ts';

export interface ApiError {
  status: number;
  error: string;
  message: string;
  errors?: ParameterError[];
}

export type ApiResult<T> = { status: 200; body: T } | { status: 400 | 404 | 405 | 500 | 503; body: ApiError };

/** The HSDS profile this API follows; the ORUK validator reads `version` to choose the standard to test against. */
export const API_INFO: OrukApiInfo = {
  version: 'HSDS-UK-3.0',
  profile: 'https://openreferraluk.org/',
  openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json',
};

export function badRequest(errors: ParameterError[]): { status: 400; body: ApiError } {
  return {
    status: 400,
    body: { status: 400, error: 'Bad Request', message: errors.map((e) => e.message).join('; '), errors },
  };
}

export function notFound(message: string): { status: 404; body: ApiError } {
  return { status: 404, body: { status: 404, error: 'Not Found', message } };
}

export function getApiInfo(): ApiResult<OrukApiInfo> {
  return { status: 200, body: API_INFO };
}

export function listServices(dir: Directory, params: URLSearchParams): ApiResult<OrukPage<OrukServiceSummary>> {
  const query = parseServiceQuery(params, { districts: dir.districts, areaName: dir.site.areaName });
  if (!query.ok) return badRequest(query.errors);
  return { status: 200, body: paginate(selectServices(dir, query.value), query.value, (r) => r.item.summary) };
}

export function getService(dir: Directory, id: string | undefined): ApiResult<OrukService> {
  const parsed = parseId(id, 'service');
  if (!parsed.ok) return badRequest(parsed.errors);
  const entry = dir.servicesById.get(parsed.value);
  return entry ? { status: 200, body: fullService(entry) } : notFound(`There is no service with id ${parsed.value}`);
}

export function listServiceAtLocations(dir: Directory, params: URLSearchParams): ApiResult<OrukPage<OrukServiceAtLocationSummary>> {
  const query = parseServiceQuery(params, { districts: dir.districts, areaName: dir.site.areaName });
  if (!query.ok) return badRequest(query.errors);
  return { status: 200, body: paginate(selectServiceAtLocations(dir, query.value), query.value, (r) => r.item.summary) };
}

export function getServiceAtLocation(dir: Directory, id: string | undefined): ApiResult<OrukServiceAtLocationFull> {
  const parsed = parseId(id, 'service at a location');
  if (!parsed.ok) return badRequest(parsed.errors);
  const sal = dir.serviceAtLocationsById.get(parsed.value);
  if (!sal) return notFound(`There is no service_at_location with id ${parsed.value}`);
  const { service_at_locations: _, ...service } = fullService(sal.owner);
  return {
    status: 200,
    body: {
      id: sal.id,
      service_id: sal.summary.service_id,
      location_id: sal.summary.location_id,
      location: toLocation(sal.owner.service, sal.location, dir.site),
      service,
    },
  };
}

export function listTaxonomies(dir: Directory, params: URLSearchParams): ApiResult<OrukPage<OrukTaxonomy>> {
  const paging = parsePaging(params);
  if (!paging.ok) return badRequest(paging.errors);
  return { status: 200, body: paginate(dir.taxonomies, paging.value) };
}

export function getTaxonomy(dir: Directory, id: string | undefined): ApiResult<OrukTaxonomy> {
  const parsed = parseId(id, 'taxonomy');
  if (!parsed.ok) return badRequest(parsed.errors);
  const taxonomy = dir.taxonomiesById.get(parsed.value);
  return taxonomy ? { status: 200, body: taxonomy } : notFound(`There is no taxonomy with id ${parsed.value}`);
}

export function listTaxonomyTerms(dir: Directory, params: URLSearchParams): ApiResult<OrukPage<OrukTaxonomyTerm>> {
  const paging = parsePaging(params);
  if (!paging.ok) return badRequest(paging.errors);
  return { status: 200, body: paginate(dir.terms, paging.value) };
}

export function getTaxonomyTerm(dir: Directory, id: string | undefined): ApiResult<OrukTaxonomyTerm> {
  const parsed = parseId(id, 'taxonomy term');
  if (!parsed.ok) return badRequest(parsed.errors);
  const term = dir.termsById.get(parsed.value);
  return term ? { status: 200, body: term } : notFound(`There is no taxonomy term with id ${parsed.value}`);
}
