import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, browsePhase, type BrowseInput } from '../../../src/local-offer/browse.ts';
import type { ServiceListing } from '../../../src/local-offer/listing.ts';

function aListing(i: number, overrides: Partial<ServiceListing> = {}): ServiceListing {
  return {
    _id: `service.s${i}`,
    slug: `s${i}`,
    title: `Service ${String(i).padStart(3, '0')}`,
    summary: 'A service',
    providerName: 'Provider',
    phases: ['primary'],
    categories: [{ slug: i % 2 ? 'health' : 'leisure', title: i % 2 ? 'Health' : 'Leisure' }],
    needs: i % 3 === 0 ? ['autism'] : [],
    cost: 'free',
    ageMin: 5,
    ageMax: 11,
    locations: [{ area: 'North', lat: 50.39 + i / 10000, lng: -4.12 }],
    serviceAreas: [],
    lastReviewed: '2026-01-01',
    ...overrides,
  };
}

function input(params: string, listings: ServiceListing[]): BrowseInput {
  return {
    listings,
    phase: 'primary',
    params: new URLSearchParams(params),
    needs: [{ slug: 'autism', title: 'Autism' }],
    categories: [{ slug: 'leisure', title: 'Leisure' }, { slug: 'health', title: 'Health' }],
    areas: ['North', 'South'],
    districts: [{ district: 'WM4', lat: 50.39, lng: -4.12, area: 'North' }],
    areaName: 'Westmoor',
  };
}

const many = Array.from({ length: 60 }, (_, i) => aListing(i + 1));

describe('a phase page', () => {
  it('shows only services for that age phase, grouped by type of support in category order', () => {
    const other = aListing(999, { phases: ['secondary'] });
    const view = browsePhase(input('', [...many, other]));
    expect(view.phaseTotal).toBe(60);
    expect(view.total).toBe(60);
    expect(view.results[0]!.service.categories[0]!.slug).toBe('leisure');
    expect(view.byCategory).toEqual([
      { slug: 'leisure', title: 'Leisure', count: 30 },
      { slug: 'health', title: 'Health', count: 30 },
    ]);
  });

  it('pages long lists', () => {
    const view = browsePhase(input('page=3', many));
    expect(view.pages).toBe(Math.ceil(60 / PAGE_SIZE));
    expect(view.page).toBe(3);
    expect(view.results).toHaveLength(60 - 2 * PAGE_SIZE);
    expect(view.errors).toEqual([]);
  });

  it.each([
    ['page=0', 'The page number must be a whole number, 1 or more'],
    ['page=abc', 'The page number must be a whole number, 1 or more'],
    ['page=99', 'There are only 3 pages of results'],
  ])('explains a bad page number (%s)', (params, message) => {
    const view = browsePhase(input(params, many));
    expect(view.errors).toEqual([{ field: 'page', message }]);
  });

  it('orders by distance from a postcode and formats it', () => {
    const view = browsePhase(input('postcode=wm42ab', many));
    expect(view.near).toEqual({ postcode: 'WM4 2AB', area: 'North' });
    expect(view.filters.postcode).toBe('WM4 2AB');
    expect(view.results.map((r) => r.service.slug).slice(0, 3)).toEqual(['s1', 's2', 's3']);
  });

  it('keeps the list and shows the error for a postcode it cannot place', () => {
    const view = browsePhase(input('postcode=SW1A1AA', many));
    expect(view.near).toBeUndefined();
    expect(view.total).toBe(60);
    expect(view.errors).toEqual([{ field: 'postcode', message: 'SW1A is not in Westmoor. Enter a postcode in Westmoor, like WM4 2AB' }]);
  });

  it('suggests what to relax when nothing matches', () => {
    const view = browsePhase(input('need=autism&area=South', many));
    expect(view.total).toBe(0);
    // Nothing is in the South, so clearing "need" would not help. Services listing no needs are open to any need.
    expect(view.relaxations).toEqual([{ facet: 'areas', count: 60 }]);
  });
});
