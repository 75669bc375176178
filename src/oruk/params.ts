// Query strings of the ORUK endpoints, parsed with zod into typed filters; every mistake becomes a named, plain error.
import { z } from 'zod';
import { lookUpPostcode, type PostcodeDistrict } from '../local-offer/postcode.ts';
import { WEEKDAYS } from '../model/index.ts';
import { isUuid } from './uuid.ts';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;
export const MAX_SEARCH_LENGTH = 200;
/** 100 km: further than anywhere in one local area, and a guard against nonsense. */
export const MAX_PROXIMITY_METRES = 100_000;

export interface ParameterError {
  parameter: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParameterError[] };

export type Weekday = (typeof WEEKDAYS)[number];

export interface Paging {
  page: number;
  perPage: number;
}

export interface ServiceQuery extends Paging {
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  minimumAge?: number;
  maximumAge?: number;
  /** Milliseconds since the epoch. */
  modifiedAfter?: number;
  postcode?: { postcode: string; district: PostcodeDistrict };
  /** Metres from the postcode's centroid. */
  proximity?: number;
  day?: Weekday;
  /** "HH:MM" */
  startTime?: string;
  /** "HH:MM" */
  endTime?: string;
}

export interface Places {
  districts: readonly PostcodeDistrict[];
  areaName: string;
}

const wholeNumber = (name: string, min: number, max: number, example: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number, like ${example}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${name} must be ${min} or more`)
        .max(max, `${name} must be ${max} or less`),
    );

const decimal = (name: string, max: number, unit: string, example: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, `${name} must be a number of ${unit}, like ${example}`)
    .transform(Number)
    .pipe(z.number().max(max, `${name} must be ${max} ${unit} or less`));

const uuid = (name: string, seeAlso: string) =>
  z
    .string()
    .refine(isUuid, `${name} must be a UUID, like 3f7b145d-84af-42d7-8fae-eaca714b02b2 (${seeAlso})`)
    .transform((v) => v.toLowerCase());

const time = (name: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, `${name} must be a time as HH:MM, like 09:30`)
    .transform((v) => v.slice(0, 5));

const RRULE_DAYS: Record<string, Weekday> = { mo: 'monday', tu: 'tuesday', we: 'wednesday', th: 'thursday', fr: 'friday', sa: 'saturday', su: 'sunday' };

const day = z
  .string()
  .transform((v) => v.toLowerCase())
  .transform((v, ctx) => {
    const found = (WEEKDAYS as readonly string[]).includes(v) ? (v as Weekday) : RRULE_DAYS[v];
    if (!found) ctx.addIssue({ code: 'custom', message: 'day must be a day of the week, like monday (or MO as in RRULE)' });
    return found ?? 'monday';
  });

const moment = z
  .string()
  // An unencoded "+01:00" arrives as " 01:00" ("+" means a space in a query string): read it as meant.
  .transform((v) => v.replace(/ (\d\d:\d\d)$/, '+$1'))
  .refine(
    (v) => z.iso.date().safeParse(v).success || z.iso.datetime({ offset: true }).safeParse(v).success,
    'modified_after must be a date or a date and time, like 2026-01-31 or 2026-01-31T09:00:00Z',
  )
  .transform((v) => Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v));

const pagingShape = {
  page: wholeNumber('page', 1, 1_000_000, 1).optional(),
  per_page: wholeNumber('per_page', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE).optional(),
};

const serviceShape = {
  ...pagingShape,
  search: z.string().max(MAX_SEARCH_LENGTH, `search must be ${MAX_SEARCH_LENGTH} characters or fewer`).optional(),
  taxonomy_term_id: uuid('taxonomy_term_id', 'see /taxonomy_terms').optional(),
  taxonomy_id: uuid('taxonomy_id', 'see /taxonomies').optional(),
  organization_id: uuid('organization_id', 'an organization_id from /services').optional(),
  minimum_age: decimal('minimum_age', 150, 'years', '5').optional(),
  maximum_age: decimal('maximum_age', 150, 'years', '11').optional(),
  modified_after: moment.optional(),
  postcode: z.string().max(10, 'postcode must be a postcode, like WM4 2AB').optional(),
  proximity: decimal('proximity', MAX_PROXIMITY_METRES, 'metres', '2000')
    .refine((m) => m > 0, 'proximity must be more than 0 metres')
    .optional(),
  day: day.optional(),
  start_time: time('start_time').optional(),
  end_time: time('end_time').optional(),
  /** Only JSON pages are served; say so rather than ignore a request for NDJSON. */
  format: z.literal('json', 'format must be json: this API does not stream other formats').optional(),
};

/**
 * One value per known parameter, trimmed; an empty value counts as not given, a repeated one is an error.
 * Parameters this API does not know are ignored, as HTTP APIs usually do.
 */
function singleValues(params: URLSearchParams, known: readonly string[]): { values: Record<string, string>; errors: ParameterError[] } {
  const values: Record<string, string> = {};
  const errors: ParameterError[] = [];
  for (const name of known) {
    const all = params.getAll(name).map((v) => v.trim()).filter((v) => v !== '');
    if (all.length > 1) errors.push({ parameter: name, message: `${name} was given ${all.length} times: give it once` });
    else if (all.length === 1) values[name] = all[0]!;
  }
  return { values, errors };
}

function issuesToErrors(issues: readonly z.core.$ZodIssue[]): ParameterError[] {
  return issues.map((i) => {
    const parameter = String(i.path[0] ?? 'query');
    // zod's own messages (e.g. for a wrong type) do not name the parameter; ours always do.
    return { parameter, message: i.message.startsWith(parameter) ? i.message : `${parameter}: ${i.message}` };
  });
}

function parseWith<S extends z.ZodRawShape>(params: URLSearchParams, shape: S): Parsed<z.infer<z.ZodObject<S>>> {
  const { values, errors } = singleValues(params, Object.keys(shape));
  const parsed = z.object(shape).safeParse(values);
  const all = [...errors, ...(parsed.success ? [] : issuesToErrors(parsed.error.issues))];
  if (all.length || !parsed.success) return { ok: false, errors: all };
  return { ok: true, value: parsed.data };
}

export function parsePaging(params: URLSearchParams): Parsed<Paging> {
  const parsed = parseWith(params, pagingShape);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { page: parsed.value.page ?? 1, perPage: parsed.value.per_page ?? DEFAULT_PER_PAGE } };
}

/** The filters of `/services` and `/service_at_locations`, checked against each other and the area's postcodes. */
export function parseServiceQuery(params: URLSearchParams, places: Places): Parsed<ServiceQuery> {
  const parsed = parseWith(params, serviceShape);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const errors: ParameterError[] = [];
  let postcode: ServiceQuery['postcode'];
  if (v.postcode !== undefined) {
    const found = lookUpPostcode(v.postcode, places.districts, places.areaName);
    if (found.ok) postcode = { postcode: found.postcode, district: found.district };
    else errors.push({ parameter: 'postcode', message: `postcode: ${found.error}` });
  }
  if (v.proximity !== undefined && v.postcode === undefined) {
    errors.push({ parameter: 'proximity', message: 'proximity needs a postcode: give the postcode to measure from, like postcode=WM4 2AB&proximity=2000' });
  }
  if (v.minimum_age !== undefined && v.maximum_age !== undefined && v.minimum_age > v.maximum_age) {
    errors.push({ parameter: 'minimum_age', message: 'minimum_age must not be above maximum_age' });
  }
  if (v.start_time !== undefined && v.end_time !== undefined && v.start_time > v.end_time) {
    errors.push({ parameter: 'start_time', message: 'start_time must not be after end_time' });
  }
  if (errors.length) return { ok: false, errors };
  const search = v.search?.trim();
  return {
    ok: true,
    value: {
      page: v.page ?? 1,
      perPage: v.per_page ?? DEFAULT_PER_PAGE,
      ...(search ? { search } : {}),
      ...(v.taxonomy_term_id ? { taxonomyTermId: v.taxonomy_term_id } : {}),
      ...(v.taxonomy_id ? { taxonomyId: v.taxonomy_id } : {}),
      ...(v.organization_id ? { organizationId: v.organization_id } : {}),
      ...(v.minimum_age !== undefined ? { minimumAge: v.minimum_age } : {}),
      ...(v.maximum_age !== undefined ? { maximumAge: v.maximum_age } : {}),
      ...(v.modified_after !== undefined ? { modifiedAfter: v.modified_after } : {}),
      ...(postcode ? { postcode } : {}),
      ...(v.proximity !== undefined ? { proximity: v.proximity } : {}),
      ...(v.day ? { day: v.day } : {}),
      ...(v.start_time ? { startTime: v.start_time } : {}),
      ...(v.end_time ? { endTime: v.end_time } : {}),
    },
  };
}

/** A path id must be a UUID; anything else is a 400 that says so, not a 404. */
export function parseId(id: string | undefined, what: string): Parsed<string> {
  if (id && isUuid(id)) return { ok: true, value: id.toLowerCase() };
  return { ok: false, errors: [{ parameter: 'id', message: `id must be the UUID of a ${what}, like 3f7b145d-84af-42d7-8fae-eaca714b02b2` }] };
}
