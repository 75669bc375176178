// Local Offer filters from a query string: parse with clear errors, apply, count facets and suggest what to relax.
import { z } from 'zod';
import { milesBetween, type Point } from './distance.ts';
import { areasOf, type ServiceListing } from './listing.ts';

export const COST_FILTERS = ['any', 'free', 'paid'] as const;
export type CostFilter = (typeof COST_FILTERS)[number];

export interface Filters {
  needs: string[];
  categories: string[];
  areas: string[];
  cost: CostFilter;
  postcode?: string;
}

export interface Vocabulary {
  needs: readonly string[];
  categories: readonly string[];
  areas: readonly string[];
}

export interface FilterError {
  field: 'need' | 'category' | 'area' | 'cost' | 'postcode' | 'page';
  message: string;
}

const MAX_VALUES = 50;

function pickList(params: URLSearchParams, name: FilterError['field'], known: readonly string[], label: string, errors: FilterError[]): string[] {
  const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter(Boolean))];
  if (values.length > MAX_VALUES) {
    errors.push({ field: name, message: `Choose at most ${MAX_VALUES} ${label}s` });
    return [];
  }
  const unknown = values.filter((v) => !known.includes(v));
  if (unknown.length) {
    errors.push({ field: name, message: `Choose ${label}s from the list: "${unknown[0]!.slice(0, 60)}" is not one of them` });
  }
  return values.filter((v) => known.includes(v));
}

/** Read filters from the query string; every unknown value becomes a clear, named error. */
export function parseFilters(params: URLSearchParams, vocab: Vocabulary): { filters: Filters; errors: FilterError[] } {
  const errors: FilterError[] = [];
  const needs = pickList(params, 'need', vocab.needs, 'need', errors);
  const categories = pickList(params, 'category', vocab.categories, 'type of support', errors);
  const areas = pickList(params, 'area', vocab.areas, 'area', errors);
  const costRaw = params.get('cost') ?? 'any';
  const cost = z.enum(COST_FILTERS).safeParse(costRaw === '' ? 'any' : costRaw);
  if (!cost.success) errors.push({ field: 'cost', message: 'Choose whether to show any cost, free services or paid services' });
  const postcode = params.get('postcode')?.trim() || undefined;
  if (postcode && postcode.length > 10) errors.push({ field: 'postcode', message: 'Enter a real postcode, like WM4 2AB' });
  return {
    filters: { needs, categories, areas, cost: cost.success ? cost.data : 'any', postcode: postcode && postcode.length <= 10 ? postcode : undefined },
    errors,
  };
}

type Facet = 'needs' | 'categories' | 'areas' | 'cost';

function matchesFacet(s: ServiceListing, f: Filters, facet: Facet): boolean {
  switch (facet) {
    case 'needs':
      // A service that lists no needs is open to children with any need (SENDIASS, the parent carer forum…).
      return f.needs.length === 0 || s.needs.length === 0 || f.needs.some((n) => s.needs.includes(n));
    case 'categories':
      return f.categories.length === 0 || s.categories.some((c) => f.categories.includes(c.slug));
    case 'areas':
      return f.areas.length === 0 || areasOf(s).some((a) => f.areas.includes(a));
    case 'cost':
      return f.cost === 'any' || s.cost === 'free-and-paid' || s.cost === f.cost;
  }
}

const FACETS: Facet[] = ['needs', 'categories', 'areas', 'cost'];

/** Values within a filter widen the search (any of them); different filters narrow it (all of them). */
export function matches(s: ServiceListing, f: Filters, except?: Facet): boolean {
  return FACETS.every((facet) => facet === except || matchesFacet(s, f, facet));
}

export function applyFilters(services: readonly ServiceListing[], f: Filters): ServiceListing[] {
  return services.filter((s) => matches(s, f));
}

/** How many services each option would show, given the other filters: the number beside each checkbox. */
export function facetCounts(services: readonly ServiceListing[], f: Filters, allNeeds: readonly string[] = []): Record<Facet, Map<string, number>> {
  const counts: Record<Facet, Map<string, number>> = { needs: new Map(), categories: new Map(), areas: new Map(), cost: new Map() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of services) {
    if (matches(s, f, 'needs')) (s.needs.length ? s.needs : allNeeds).forEach((n) => bump(counts.needs, n));
    if (matches(s, f, 'categories')) s.categories.forEach((c) => bump(counts.categories, c.slug));
    if (matches(s, f, 'areas')) areasOf(s).forEach((a) => bump(counts.areas, a));
    if (matches(s, f, 'cost')) {
      if (s.cost !== 'paid') bump(counts.cost, 'free');
      if (s.cost !== 'free') bump(counts.cost, 'paid');
      bump(counts.cost, 'any');
    }
  }
  return counts;
}

export interface Relaxation {
  facet: Facet;
  /** Services shown if this filter were cleared. */
  count: number;
}

/** For an empty result: which single filter, cleared, would show services, best first. */
export function suggestRelaxations(services: readonly ServiceListing[], f: Filters): Relaxation[] {
  const active = FACETS.filter((facet) => (facet === 'cost' ? f.cost !== 'any' : f[facet].length > 0));
  return active
    .map((facet) => ({ facet, count: services.filter((s) => matches(s, f, facet)).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}

export interface Placed {
  service: ServiceListing;
  /** Miles to the nearest venue; 0 when the service comes to families in this area; undefined when neither. */
  miles?: number;
  comesToYou: boolean;
}

/** Order services by distance from a point: nearest venue first, then services that come to you, then the rest. */
export function orderByDistance(services: readonly ServiceListing[], origin: Point, originArea: string): Placed[] {
  return services
    .map((service) => {
      const nearest = Math.min(...service.locations.map((l) => milesBetween(origin, l)));
      const comesToYou = service.serviceAreas.includes(originArea);
      return { service, miles: Number.isFinite(nearest) ? nearest : comesToYou ? 0 : undefined, comesToYou };
    })
    .sort((a, b) => (a.miles ?? Infinity) - (b.miles ?? Infinity) || a.service.title.localeCompare(b.service.title));
}

/** Group services by their main (first) category, in the categories' own order. */
export function groupByCategory(services: readonly ServiceListing[], order: readonly string[]): { slug: string; title: string; services: ServiceListing[] }[] {
  const groups = new Map<string, { slug: string; title: string; services: ServiceListing[] }>();
  for (const s of services) {
    const main = s.categories[0];
    if (!main) continue;
    const group = groups.get(main.slug) ?? { slug: main.slug, title: main.title, services: [] };
    group.services.push(s);
    groups.set(main.slug, group);
  }
  const rank = (slug: string) => (order.indexOf(slug) === -1 ? order.length : order.indexOf(slug));
  return [...groups.values()].sort((a, b) => rank(a.slug) - rank(b.slug));
}

/** The query string for a set of filters, in a stable order, so links are shareable. */
export function filtersToQuery(f: Filters): string {
  const p = new URLSearchParams();
  f.needs.forEach((n) => p.append('need', n));
  f.categories.forEach((c) => p.append('category', c));
  f.areas.forEach((a) => p.append('area', a));
  if (f.cost !== 'any') p.set('cost', f.cost);
  if (f.postcode) p.set('postcode', f.postcode);
  const s = p.toString();
  return s ? `?${s}` : '';
}
