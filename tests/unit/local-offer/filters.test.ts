import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  facetCounts,
  filtersToQuery,
  groupByCategory,
  orderByDistance,
  parseFilters,
  suggestRelaxations,
  type Filters,
} from '../../../src/local-offer/filters.ts';
import type { ServiceListing } from '../../../src/local-offer/listing.ts';

function aListing(overrides: Partial<ServiceListing> & { slug: string }): ServiceListing {
  return {
    _id: `service.${overrides.slug}`,
    title: overrides.slug,
    summary: 'A service',
    providerName: 'Westmoor City Council',
    phases: ['primary'],
    categories: [{ slug: 'health', title: 'Health and therapy' }],
    needs: [],
    cost: 'free',
    ageMin: 5,
    ageMax: 11,
    locations: [],
    serviceAreas: [],
    lastReviewed: '2026-06-01',
    ...overrides,
  };
}

const vocab = { needs: ['autism', 'adhd'], categories: ['health', 'leisure'], areas: ['North', 'South'] };
const none: Filters = { needs: [], categories: [], areas: [], cost: 'any' };

const salt = aListing({ slug: 'salt', needs: ['autism'], locations: [{ area: 'North', lat: 50.4, lng: -4.12 }] });
const swim = aListing({ slug: 'swim', needs: ['autism', 'adhd'], cost: 'paid', categories: [{ slug: 'leisure', title: 'Play and leisure' }], locations: [{ area: 'South', lat: 50.36, lng: -4.13 }] });
const club = aListing({ slug: 'club', needs: ['adhd'], cost: 'free-and-paid', categories: [{ slug: 'leisure', title: 'Play and leisure' }], serviceAreas: ['North'] });
const all = [salt, swim, club];

describe('reading filters from the address bar', () => {
  it('reads repeated values and keeps them shareable in a stable order', () => {
    const { filters, errors } = parseFilters(new URLSearchParams('need=autism&need=adhd&cost=free&area=North'), vocab);
    expect(errors).toEqual([]);
    expect(filters).toEqual({ needs: ['autism', 'adhd'], categories: [], areas: ['North'], cost: 'free', postcode: undefined });
    expect(filtersToQuery(filters)).toBe('?need=autism&need=adhd&area=North&cost=free');
  });

  it('names each unknown value and ignores it', () => {
    const { filters, errors } = parseFilters(new URLSearchParams('need=autism&need=<script>&cost=cheap&category=x'), vocab);
    expect(filters.needs).toEqual(['autism']);
    expect(filters.cost).toBe('any');
    expect(errors.map((e) => e.field)).toEqual(['need', 'category', 'cost']);
    expect(errors[0]!.message).toBe('Choose needs from the list: "<script>" is not one of them');
  });

  it('treats no filters as everything', () => {
    expect(parseFilters(new URLSearchParams(''), vocab)).toEqual({ filters: { ...none, postcode: undefined }, errors: [] });
    expect(filtersToQuery(none)).toBe('');
  });
});

describe('filtering services', () => {
  it('widens within a filter and narrows across filters', () => {
    expect(applyFilters(all, { ...none, needs: ['autism', 'adhd'] }).map((s) => s.slug)).toEqual(['salt', 'swim', 'club']);
    expect(applyFilters(all, { ...none, needs: ['adhd'], cost: 'free' }).map((s) => s.slug)).toEqual(['club']);
  });

  it('keeps services open to any need whichever need is chosen, and counts them under every need', () => {
    const advice = aListing({ slug: 'advice', needs: [] });
    expect(applyFilters([salt, advice], { ...none, needs: ['adhd'] }).map((s) => s.slug)).toEqual(['advice']);
    const counts = facetCounts([salt, advice], none, ['autism', 'adhd']);
    expect(counts.needs.get('autism')).toBe(2);
    expect(counts.needs.get('adhd')).toBe(1);
  });

  it('counts a service that is free and paid under both', () => {
    expect(applyFilters(all, { ...none, cost: 'paid' }).map((s) => s.slug)).toEqual(['swim', 'club']);
    expect(applyFilters(all, { ...none, cost: 'free' }).map((s) => s.slug)).toEqual(['salt', 'club']);
  });

  it('finds services by the areas they are in or come to', () => {
    expect(applyFilters(all, { ...none, areas: ['North'] }).map((s) => s.slug)).toEqual(['salt', 'club']);
  });

  it('counts each option as if it were ticked with the other filters kept', () => {
    const counts = facetCounts(all, { ...none, cost: 'free' });
    expect(counts.needs.get('autism')).toBe(1);
    expect(counts.needs.get('adhd')).toBe(1);
    expect(counts.cost.get('paid')).toBe(2);
    expect(counts.cost.get('any')).toBe(3);
  });

  it('suggests which filter to clear when nothing matches', () => {
    const f: Filters = { ...none, needs: ['autism'], areas: ['North'], cost: 'paid' };
    expect(applyFilters(all, f)).toEqual([]);
    expect(suggestRelaxations(all, f)).toEqual([
      { facet: 'needs', count: 1 },
      { facet: 'areas', count: 1 },
      { facet: 'cost', count: 1 },
    ]);
    // The filter whose clearing shows most comes first.
    expect(suggestRelaxations(all, { ...none, needs: ['adhd'], categories: ['health'] })).toEqual([
      { facet: 'categories', count: 2 },
      { facet: 'needs', count: 1 },
    ]);
  });
});

describe('near me', () => {
  it('puts the nearest venue first, then services that come to you, then the rest', () => {
    const far = aListing({ slug: 'far', locations: [{ area: 'South', lat: 50.2, lng: -4.3 }] });
    const nowhere = aListing({ slug: 'nowhere' });
    const placed = orderByDistance([nowhere, far, club, salt], { lat: 50.395, lng: -4.12 }, 'North');
    expect(placed.map((p) => p.service.slug)).toEqual(['club', 'salt', 'far', 'nowhere']);
    expect(placed[0]).toMatchObject({ miles: 0, comesToYou: true });
    expect(placed[3]!.miles).toBeUndefined();
  });
});

describe('grouping', () => {
  it('groups by main category in the categories order', () => {
    const groups = groupByCategory(all, ['leisure', 'health']);
    expect(groups.map((g) => [g.slug, g.services.length])).toEqual([
      ['leisure', 2],
      ['health', 1],
    ]);
  });
});
