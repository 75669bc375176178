// The ORUK filters, each with the meaning the ORUK v3 OpenAPI gives it, over the in-memory directory.
import { milesBetween } from '../local-offer/distance.ts';
import { tokenize } from '../search/tokenize.ts';
import { collator, type Directory, type IndexedService, type IndexedServiceAtLocation } from './directory.ts';
import type { ServiceQuery } from './params.ts';

const METRES_PER_MILE = 1609.344;

/** Query words shorter than this must match a whole word; longer ones also match the start of a word ("autis"). */
const MIN_PREFIX = 3;

export function searchWords(search: string | undefined): string[] {
  return search ? [...new Set(tokenize(search))] : [];
}

function hasWord(words: readonly string[], query: string): boolean {
  return query.length < MIN_PREFIX ? words.includes(query) : words.some((w) => w.startsWith(query));
}

/** "Full text search": every word of the search appears in the service's name or description. */
export function matchesSearch(s: IndexedService, words: readonly string[]): boolean {
  return words.every((q) => hasWord(s.words, q));
}

/**
 * Ages, as the OpenAPI words them: `minimum_age` returns "services with a minimum age of at least the specified
 * value" and `maximum_age` "services with a maximum age of … equal to or below the specified value". Together they
 * select services whose whole age range lies within [minimum_age, maximum_age].
 */
export function matchesAges(s: IndexedService, q: Pick<ServiceQuery, 'minimumAge' | 'maximumAge'>): boolean {
  const { min, max } = s.service.ageRange;
  return (q.minimumAge === undefined || min >= q.minimumAge) && (q.maximumAge === undefined || max <= q.maximumAge);
}

/**
 * `day`, `start_time` and `end_time` are met together by one opening time: on that day, opening at or after
 * start_time and closing at or before end_time. A service with no opening times meets none of them.
 */
export function matchesSchedule(s: IndexedService, q: Pick<ServiceQuery, 'day' | 'startTime' | 'endTime'>): boolean {
  if (!q.day && !q.startTime && !q.endTime) return true;
  return s.openingTimes.some(
    (t) =>
      (!q.day || t.day === q.day) &&
      (!q.startTime || t.opens >= q.startTime) &&
      (!q.endTime || t.closes <= q.endTime),
  );
}

/** Every filter but the postcode ones, which depend on where each venue is. */
export function matchesService(s: IndexedService, q: ServiceQuery, words: readonly string[]): boolean {
  return (
    (!q.taxonomyTermId || s.termIds.has(q.taxonomyTermId)) &&
    (!q.taxonomyId || s.taxonomyIds.has(q.taxonomyId)) &&
    (!q.organizationId || s.organizationId === q.organizationId) &&
    matchesAges(s, q) &&
    (q.modifiedAfter === undefined || s.lastModified >= q.modifiedAfter) &&
    matchesSchedule(s, q) &&
    matchesSearch(s, words)
  );
}

/** "If service_area is available, only return results where the postcode exists within the service_area." */
export function coversPostcode(s: IndexedService, q: ServiceQuery): boolean {
  return !q.postcode || s.serviceAreas.size === 0 || s.serviceAreas.has(q.postcode.district.area);
}

export function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  return milesBetween(a, b) * METRES_PER_MILE;
}

/**
 * How far a service is from the postcode's centroid: 0 when it comes to families in that area (its service areas
 * include it), else its nearest venue; undefined when it has neither.
 */
export function serviceDistance(s: IndexedService, q: ServiceQuery): number | undefined {
  if (!q.postcode) return undefined;
  if (s.serviceAreas.has(q.postcode.district.area)) return 0;
  if (s.venues.length === 0) return undefined;
  return Math.min(...s.venues.map((v) => metresBetween(q.postcode!.district, v)));
}

export interface Ranked<T> {
  item: T;
  /** Metres from the postcode, when one was given and the item can be placed. */
  distance?: number;
}

function relevance(s: IndexedService, words: readonly string[]): number {
  return words.filter((q) => hasWord([...s.nameWords], q)).length;
}

/**
 * Services matching a query, in the order to list them: nearest first when a postcode is given (`proximity` then
 * keeps only those within that many metres), else name matches first when searching, else by name.
 */
export function selectServices(dir: Directory, q: ServiceQuery): Ranked<IndexedService>[] {
  const words = searchWords(q.search);
  const matched = dir.services.filter((s) => matchesService(s, q, words) && coversPostcode(s, q));
  if (q.postcode) {
    return matched
      .map((item) => ({ item, distance: serviceDistance(item, q) }))
      .filter((r) => q.proximity === undefined || (r.distance !== undefined && r.distance <= q.proximity))
      .sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || collator.compare(a.item.name, b.item.name));
  }
  const ranked = matched.map((item) => ({ item }));
  if (words.length) {
    const score = new Map(matched.map((s) => [s, relevance(s, words)]));
    ranked.sort((a, b) => score.get(b.item)! - score.get(a.item)!); // stable: name order within a score
  }
  return ranked;
}

/**
 * Services at their venues matching a query. With a postcode each venue is measured on its own, and `proximity`
 * keeps the venues within that many metres.
 */
export function selectServiceAtLocations(dir: Directory, q: ServiceQuery): Ranked<IndexedServiceAtLocation>[] {
  const words = searchWords(q.search);
  const services = new Set(dir.services.filter((s) => matchesService(s, q, words) && coversPostcode(s, q)));
  const matched = dir.serviceAtLocations.filter((sal) => services.has(sal.owner));
  if (!q.postcode) return matched.map((item) => ({ item }));
  const origin = q.postcode.district;
  return matched
    .map((item) => ({ item, distance: metresBetween(origin, { lat: item.location.geo.lat, lng: item.location.geo.lng }) }))
    .filter((r) => q.proximity === undefined || r.distance <= q.proximity)
    .sort((a, b) => a.distance - b.distance || collator.compare(a.item.owner.name, b.item.owner.name));
}
