import { describe, expect, it } from 'vitest';
import { selectServiceAtLocations, selectServices, metresBetween } from '../../../src/oruk/filter.ts';
import { parseServiceQuery, type ServiceQuery } from '../../../src/oruk/params.ts';
import { taxonomyId } from '../../../src/oruk/map.ts';
import { orukId } from '../../../src/oruk/uuid.ts';
import { aDirectory, aProvider, aService, aVenue, districts, paragraph } from './builders.ts';

const slug = (current: string) => ({ _type: 'slug' as const, current });
const WM4 = districts[1]!; // North, 50.4152 -4.1127
const WM9 = districts[2]!; // Moorside, 50.4136 -4.0632

const speech = aService({ needs: ['need-autism'], ageRange: { min: 4, max: 11 }, locations: [aVenue({ _key: 'clinic', geo: { lat: WM4.lat, lng: WM4.lng } })] });
const swim = aService({
  _id: 'service-swim',
  title: 'Autism-friendly swimming',
  slug: slug('swim'),
  summary: 'Quiet swimming sessions.',
  description: paragraph('Small groups in a calm pool.'),
  categories: ['category-leisure'],
  needs: ['need-autism', 'need-adhd'],
  ageRange: { min: 5, max: 16 },
  provider: { _type: 'reference', _ref: 'provider-charity' },
  locations: [aVenue({ _key: 'pool', name: 'Moor pool', geo: { lat: WM9.lat, lng: WM9.lng }, area: 'Moorside' }), aVenue({ _key: 'baths', name: 'City baths', geo: { lat: 50.3768, lng: -4.1402 }, area: 'City Centre' })],
  openingTimes: [{ _key: 'sat', day: 'saturday', opens: '10:00', closes: '12:00' }],
  lastReviewed: '2026-03-01',
});
const visits = aService({
  _id: 'service-visits',
  title: 'Portage home visits',
  slug: slug('portage'),
  summary: 'Home learning for young children.',
  description: paragraph('A Portage worker visits you at home every two weeks.'),
  phases: ['agePhase-early-years'],
  ageRange: { min: 0, max: 5 },
  serviceAreas: ['Moorside'],
  openingTimes: [{ _key: 'mon', day: 'monday', opens: '09:00', closes: '17:00' }],
  lastReviewed: '2025-11-20',
});
const helpline = aService({
  _id: 'service-helpline',
  title: 'SEND information helpline',
  slug: slug('helpline'),
  summary: 'Advice by phone for families.',
  description: paragraph('Call us about anything to do with SEND, from school to short breaks.'),
  ageRange: { min: 0, max: 25 },
  lastReviewed: '2026-06-15',
});
const dir = aDirectory([speech, swim, visits, helpline], [aProvider(), aProvider({ _id: 'provider-charity', name: 'Swim Westmoor', slug: slug('swim-westmoor') })]);

function query(qs: string): ServiceQuery {
  const parsed = parseServiceQuery(new URLSearchParams(qs), { districts, areaName: 'Westmoor' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}
const names = (qs: string) => selectServices(dir, query(qs)).map((r) => r.item.name);

describe('the service list', () => {
  it('is in name order with no filters', () => {
    expect(names('')).toEqual(['Autism-friendly swimming', 'Portage home visits', 'SEND information helpline', 'Speech and language therapy']);
  });
});

describe('search', () => {
  it('finds words in names and descriptions, in any case, plural or singular', () => {
    expect(names('search=SWIMMING')).toEqual(['Autism-friendly swimming']);
    expect(names('search=therapists')).toEqual(['Speech and language therapy']);
    expect(names('search=children')).toEqual(expect.arrayContaining(['Portage home visits', 'Speech and language therapy']));
  });

  it('needs every word, and matches the start of a word', () => {
    expect(names('search=autis%20swim')).toEqual(['Autism-friendly swimming']);
    expect(names('search=autism%20portage')).toEqual([]);
  });

  it('lists services with the words in their name first', () => {
    expect(names('search=helpline%20advice')).toEqual(['SEND information helpline']);
    const home = names('search=home');
    expect(home[0]).toBe('Portage home visits');
  });
});

describe('taxonomy filters', () => {
  it('taxonomy_term_id keeps services with that term', () => {
    expect(names(`taxonomy_term_id=${orukId('need-adhd')}`)).toEqual(['Autism-friendly swimming']);
    expect(names(`taxonomy_term_id=${orukId('need-autism')}`)).toEqual(['Autism-friendly swimming', 'Speech and language therapy']);
  });

  it('an id of no term finds nothing', () => {
    expect(names('taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2')).toEqual([]);
  });

  it('taxonomy_id keeps services with any term of that taxonomy', () => {
    expect(names(`taxonomy_id=${taxonomyId('need')}`)).toEqual(['Autism-friendly swimming', 'Speech and language therapy']);
    expect(names(`taxonomy_id=${taxonomyId('agePhase')}`)).toHaveLength(4);
  });

  it('organization_id keeps the services that organization provides', () => {
    expect(names(`organization_id=${orukId('provider-charity')}`)).toEqual(['Autism-friendly swimming']);
  });
});

describe('ages, as the ORUK OpenAPI words them', () => {
  // speech 4–11, swim 5–16, visits 0–5, helpline 0–25
  it('minimum_age keeps services whose minimum age is at least the value', () => {
    expect(names('minimum_age=5')).toEqual(['Autism-friendly swimming']);
    expect(names('minimum_age=4')).toEqual(['Autism-friendly swimming', 'Speech and language therapy']);
  });

  it('maximum_age keeps services whose maximum age is at or below the value', () => {
    expect(names('maximum_age=11')).toEqual(['Portage home visits', 'Speech and language therapy']);
  });

  it('together they keep services whose whole range lies between them', () => {
    expect(names('minimum_age=4&maximum_age=16')).toEqual(['Autism-friendly swimming', 'Speech and language therapy']);
    expect(names('minimum_age=4.5&maximum_age=16')).toEqual(['Autism-friendly swimming']);
  });
});

describe('modified_after', () => {
  it('keeps services modified on or after the moment', () => {
    expect(names('modified_after=2026-03-01')).toEqual(['Autism-friendly swimming', 'SEND information helpline', 'Speech and language therapy']);
    expect(names('modified_after=2026-03-01T00:00:00.001Z')).toEqual(['SEND information helpline', 'Speech and language therapy']);
  });
});

describe('opening times', () => {
  it('day, start_time and end_time must all be met by one opening time', () => {
    expect(names('day=saturday')).toEqual(['Autism-friendly swimming']);
    expect(names('start_time=09:30')).toEqual(['Autism-friendly swimming']);
    expect(names('end_time=16:00')).toEqual(['Autism-friendly swimming']);
    expect(names('day=MO&start_time=09:00&end_time=17:00')).toEqual(['Portage home visits']);
    expect(names('day=monday&start_time=10:00')).toEqual([]);
  });
});

describe('postcode and proximity (metres)', () => {
  it('orders by distance: services that come to the area (0 m), then the nearest venue; unplaceable ones last', () => {
    const ranked = selectServices(dir, query('postcode=WM9%201AA'));
    expect(ranked.map((r) => [r.item.name, r.distance === undefined ? undefined : Math.round(r.distance)])).toEqual([
      ['Autism-friendly swimming', 0],
      ['Portage home visits', 0],
      ['Speech and language therapy', Math.round(metresBetween(WM9, WM4))],
      ['SEND information helpline', undefined],
    ]);
  });

  it('leaves out services whose service areas do not include the postcode', () => {
    expect(names('postcode=WM4%202AB')).not.toContain('Portage home visits');
  });

  it('proximity keeps only services within that many metres', () => {
    const apart = metresBetween(WM9, WM4); // about 3.5 km
    expect(names(`postcode=WM9&proximity=${Math.floor(apart) - 1}`)).toEqual(['Autism-friendly swimming', 'Portage home visits']);
    expect(names(`postcode=WM9&proximity=${Math.ceil(apart)}`)).toEqual(['Autism-friendly swimming', 'Portage home visits', 'Speech and language therapy']);
  });

  it('measures each venue on its own for services at locations', () => {
    const sals = selectServiceAtLocations(dir, query('postcode=WM9&proximity=1000'));
    expect(sals.map((r) => r.item.location.name)).toEqual(['Moor pool']);
    const all = selectServiceAtLocations(dir, query('postcode=WM9'));
    expect(all.map((r) => r.item.location.name)).toEqual(['Moor pool', 'Venue clinic', 'City baths']);
    expect(all.map((r) => r.distance!)).toEqual([...all.map((r) => r.distance!)].sort((a, b) => a - b));
  });

  it('lists every venue of the matching services without a postcode', () => {
    expect(selectServiceAtLocations(dir, query('')).map((r) => `${r.item.owner.name} @ ${r.item.location.name}`)).toEqual([
      'Autism-friendly swimming @ City baths',
      'Autism-friendly swimming @ Moor pool',
      'Speech and language therapy @ Venue clinic',
    ]);
  });
});
