// Everything a phase page shows, computed from the catalogue and the query string: one pure function, unit-tested.
import {
  applyFilters,
  facetCounts,
  orderByDistance,
  parseFilters,
  suggestRelaxations,
  type FilterError,
  type Filters,
  type Placed,
  type Relaxation,
} from './filters.ts';
import type { ServiceListing } from './listing.ts';
import { lookUpPostcode, type PostcodeDistrict } from './postcode.ts';

export const PAGE_SIZE = 25;

export interface BrowseInput {
  listings: readonly ServiceListing[];
  phase: string;
  params: URLSearchParams;
  needs: readonly { slug: string; title: string }[];
  categories: readonly { slug: string; title: string }[];
  areas: readonly string[];
  districts: readonly PostcodeDistrict[];
  areaName: string;
}

export interface BrowseView {
  filters: Filters;
  errors: FilterError[];
  /** Services in this phase before filtering. */
  phaseTotal: number;
  total: number;
  page: number;
  pages: number;
  results: Placed[];
  /** Count of filtered services by main category, in category order. */
  byCategory: { slug: string; title: string; count: number }[];
  counts: ReturnType<typeof facetCounts>;
  relaxations: Relaxation[];
  /** Set when results are ordered by distance from a postcode. */
  near?: { postcode: string; area: string };
}

function parsePage(raw: string | null, errors: FilterError[]): number {
  if (raw === null || raw === '') return 1;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) {
    errors.push({ field: 'page', message: 'The page number must be a whole number, 1 or more' });
    return 1;
  }
  return Number(raw);
}

export function browsePhase(input: BrowseInput): BrowseView {
  const inPhase = input.listings.filter((s) => s.phases.includes(input.phase));
  const { filters, errors } = parseFilters(input.params, {
    needs: input.needs.map((n) => n.slug),
    categories: input.categories.map((c) => c.slug),
    areas: input.areas,
  });
  const requestedPage = parsePage(input.params.get('page'), errors);

  const matched = applyFilters(inPhase, filters);
  let results: Placed[] = matched.map((service) => ({ service, comesToYou: false }));
  let near: BrowseView['near'];
  if (filters.postcode) {
    const found = lookUpPostcode(filters.postcode, input.districts, input.areaName);
    if (found.ok) {
      results = orderByDistance(matched, found.district, found.district.area);
      near = { postcode: found.postcode, area: found.district.area };
      filters.postcode = found.postcode;
    } else {
      errors.push({ field: 'postcode', message: found.error });
    }
  }
  if (!near) {
    const rank = new Map(input.categories.map((c, i) => [c.slug, i]));
    const main = (p: Placed) => rank.get(p.service.categories[0]?.slug ?? '') ?? Infinity;
    results.sort((a, b) => main(a) - main(b) || a.service.title.localeCompare(b.service.title));
  }

  const pages = Math.max(1, Math.ceil(results.length / PAGE_SIZE));
  if (requestedPage > pages) errors.push({ field: 'page', message: `There are only ${pages} pages of results` });
  const page = Math.min(requestedPage, pages);

  const categoryCounts = new Map<string, number>();
  for (const s of matched) {
    const slug = s.categories[0]?.slug;
    if (slug) categoryCounts.set(slug, (categoryCounts.get(slug) ?? 0) + 1);
  }

  return {
    filters,
    errors,
    phaseTotal: inPhase.length,
    total: results.length,
    page,
    pages,
    results: results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    byCategory: input.categories.filter((c) => categoryCounts.has(c.slug)).map((c) => ({ ...c, count: categoryCounts.get(c.slug)! })),
    counts: facetCounts(inPhase, filters, input.needs.map((n) => n.slug)),
    relaxations: matched.length === 0 ? suggestRelaxations(inPhase, filters) : [],
    near,
  };
}
