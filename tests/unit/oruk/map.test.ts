import { describe, expect, it } from 'vitest';
import {
  lastModified,
  serviceDescription,
  taxonomyId,
  toContacts,
  toCostOptions,
  toOrganization,
  toSchedules,
  toService,
  toServiceAreas,
  toServiceSummary,
  toTaxonomy,
  toTaxonomyTerm,
  type ServiceContext,
} from '../../../src/oruk/map.ts';
import { orukId } from '../../../src/oruk/uuid.ts';
import { aCategory, aNeed, aPhase, aProvider, aService, aVenue, site } from './builders.ts';

const provider = aProvider();
const ctx = (over: Partial<ServiceContext> = {}): ServiceContext => ({ ...site, provider, terms: [aPhase(), aCategory(), aNeed()], ...over });

describe('a service in ORUK', () => {
  it('carries the one-to-one fields, with assured_date from the last review', () => {
    const summary = toServiceSummary(aService({ ageRange: { min: 4, max: 11 }, lastReviewed: '2026-06-01' }), ctx());
    expect(summary).toMatchObject({
      id: orukId('service-speech'),
      organization_id: orukId('provider-nhs'),
      name: 'Speech and language therapy',
      url: 'https://slt.westmoor.example',
      email: 'slt@nhs.westmoor.example',
      status: 'active',
      minimum_age: 4,
      maximum_age: 11,
      assured_date: '2026-06-01',
      organization: { id: orukId('provider-nhs'), name: 'Westmoor NHS Trust', description: 'Community health services.' },
    });
  });

  it('falls back to the provider, then to its Local Offer page, for the url and email', () => {
    const noContactLinks = aService({ contacts: [{ _key: 'c', phone: '01632 960000' }] });
    expect(toServiceSummary(noContactLinks, ctx())).toMatchObject({ url: 'https://nhs.westmoor.example', email: 'hello@nhs.westmoor.example' });
    const bare = toServiceSummary(noContactLinks, ctx({ provider: aProvider({ website: undefined, email: undefined }) }));
    expect(bare.url).toBe('https://localoffer.westmoor.example/services/speech-and-language-therapy/');
    expect(bare).not.toHaveProperty('email');
    const underPath = toServiceSummary(noContactLinks, ctx({ siteUrl: 'https://council.example/local-offer', provider: aProvider({ website: undefined }) }));
    expect(underPath.url).toBe('https://council.example/local-offer/services/speech-and-language-therapy/');
  });

  it('tells eligibility, how to get it and accessibility in the description, which ORUK has no fields for', () => {
    const text = serviceDescription(aService({ accessibility: 'Easy read leaflets.' }));
    expect(text).toBe(
      [
        'Help with talking and understanding.',
        'Therapists work with you and your child.',
        'Who it is for: Children with a communication need.',
        'How to get it: Phone the team. (You can contact the service yourself; Your GP can refer you.)',
        'Accessibility: Easy read leaflets.',
      ].join('\n\n'),
    );
  });

  it('is published without an organization when its provider is missing', () => {
    const summary = toServiceSummary(aService(), ctx({ provider: undefined }));
    expect(summary).not.toHaveProperty('organization');
    expect(summary).not.toHaveProperty('organization_id');
  });

  it('was last modified when it, its provider or its terms last changed; seed files count from the review', () => {
    const service = aService({ _updatedAt: '2026-05-01T10:00:00Z', lastReviewed: '2026-04-01' });
    expect(lastModified(service, [{ _updatedAt: '2026-05-02T08:30:00.5Z' }, {}])).toBe('2026-05-02T08:30:00.500Z');
    expect(lastModified(service, [])).toBe('2026-05-01T10:00:00.000Z');
    expect(lastModified(aService({ lastReviewed: '2026-04-01' }), [{}])).toBe('2026-04-01T00:00:00.000Z');
  });

  it('gives the organization a description when the provider has none', () => {
    expect(toOrganization(aProvider({ description: undefined, kind: 'voluntary-community' }), site).description).toBe(
      'A voluntary or community organisation in the Westmoor Local Offer.',
    );
  });
});

describe('the nested parts of a service', () => {
  it('turns weekly opening times into RRULE schedules, with the schedule note', () => {
    const service = aService({
      openingTimes: [
        { _key: 'mon', day: 'monday', opens: '09:00', closes: '17:00' },
        { _key: 'sat', day: 'saturday', opens: '10:00', closes: '12:30', note: 'Drop-in' },
      ],
      scheduleNote: 'Closed on bank holidays.',
    });
    expect(toSchedules(service)).toEqual([
      { id: orukId('service-speech', 'schedule', 'mon'), service_id: orukId('service-speech'), freq: 'WEEKLY', interval: 1, byday: 'MO', opens_at: '09:00', closes_at: '17:00', notes: 'Closed on bank holidays.' },
      { id: orukId('service-speech', 'schedule', 'sat'), service_id: orukId('service-speech'), freq: 'WEEKLY', interval: 1, byday: 'SA', opens_at: '10:00', closes_at: '12:30', description: 'Drop-in', notes: 'Closed on bank holidays.' },
    ]);
  });

  it('keeps a schedule note when there are no opening times, and nothing when there is neither', () => {
    expect(toSchedules(aService({ scheduleNote: 'Term time only.' }))).toEqual([
      { id: orukId('service-speech', 'schedule', 'note'), service_id: orukId('service-speech'), description: 'Term time only.' },
    ]);
    expect(toSchedules(aService())).toEqual([]);
  });

  it('prices a free service at 0 and describes the rest', () => {
    expect(toCostOptions(aService())).toEqual([
      { id: orukId('service-speech', 'cost'), service_id: orukId('service-speech'), option: 'Free', amount: 0, amount_description: 'Free' },
    ]);
    expect(toCostOptions(aService({ cost: { kind: 'paid', details: '£10 a session' } }))[0]).toEqual({
      id: orukId('service-speech', 'cost'),
      service_id: orukId('service-speech'),
      option: 'There is a charge',
      amount_description: '£10 a session',
    });
  });

  it('keeps a contact\'s name and role (the profile has nowhere for phone numbers)', () => {
    const service = aService({ contacts: [{ _key: 'a', name: 'Sam Lee', role: 'SENCo', phone: '01632 960001' }, { _key: 'b', phone: '01632 960002' }] });
    expect(toContacts(service)).toEqual([
      { id: orukId('service-speech', 'contact', 'a'), service_id: orukId('service-speech'), name: 'Sam Lee', title: 'SENCo' },
      { id: orukId('service-speech', 'contact', 'b'), service_id: orukId('service-speech') },
    ]);
  });

  it('lists the areas a service comes to', () => {
    expect(toServiceAreas(aService({ serviceAreas: ['North', 'North', 'Moorside'] }), site)).toEqual([
      { id: orukId('service-speech', 'service-area', 'North'), service_id: orukId('service-speech'), name: 'North', service_area: 'North, Westmoor' },
      { id: orukId('service-speech', 'service-area', 'Moorside'), service_id: orukId('service-speech'), name: 'Moorside', service_area: 'Moorside, Westmoor' },
    ]);
  });

  it('places each venue with a UK address and its accessibility features', () => {
    const venue = aVenue({ _key: 'hub', name: 'Family hub', address: { line1: 'Unit 2', line2: 'Moor Road', town: 'Westmoor', postcode: 'WM9 3XU' }, geo: { lat: 50.41, lng: -4.06 }, accessibility: ['Step-free access', 'Hearing loop'] });
    const [sal] = toService(aService({ locations: [venue] }), ctx()).service_at_locations;
    const locationId = orukId('service-speech', 'location', 'hub');
    expect(sal).toEqual({
      id: orukId('service-speech', 'service-at-location', 'hub'),
      service_id: orukId('service-speech'),
      location_id: locationId,
      location: {
        id: locationId,
        location_type: 'physical',
        name: 'Family hub',
        latitude: 50.41,
        longitude: -4.06,
        addresses: [
          {
            id: orukId('service-speech', 'address', 'hub'),
            location_id: locationId,
            address_1: 'Unit 2, Moor Road',
            city: 'Westmoor',
            state_province: 'Westmoor',
            postal_code: 'WM9 3XU',
            country: 'GB',
            address_type: 'physical',
          },
        ],
        accessibility: [
          { id: orukId('service-speech', 'accessibility', 'hub', 'Step-free access'), location_id: locationId, description: 'Step-free access' },
          { id: orukId('service-speech', 'accessibility', 'hub', 'Hearing loop'), location_id: locationId, description: 'Hearing loop' },
        ],
      },
    });
  });

  it('links the service to its age phases, categories and needs as attributes', () => {
    const attributes = toService(aService(), ctx({ terms: [aPhase(), aCategory(), aNeed(), aPhase()] })).attributes;
    expect(attributes.map((a) => [a.taxonomy_term.name, a.link_type, a.link_id])).toEqual([
      ['Primary', 'service', orukId('service-speech')],
      ['Health and therapy', 'service', orukId('service-speech')],
      ['Autism', 'service', orukId('service-speech')],
    ]);
    expect(attributes[2]).toMatchObject({ id: orukId('service-speech', 'attribute', 'need-autism'), taxonomy_term_id: orukId('need-autism') });
  });
});

describe('taxonomies', () => {
  it('publishes age phases, categories and needs as three taxonomies with stable ids', () => {
    expect(toTaxonomy('need', site)).toEqual({
      id: taxonomyId('need'),
      name: 'Westmoor Local Offer needs',
      description: 'The special educational needs and disabilities that services in the Westmoor SEND Local Offer say they support.',
      uri: 'https://localoffer.westmoor.example/local-offer/',
      version: '1',
    });
    expect(new Set([taxonomyId('agePhase'), taxonomyId('category'), taxonomyId('need')]).size).toBe(3);
  });

  it('makes each document a term of its taxonomy; an age phase links to its page', () => {
    expect(toTaxonomyTerm(aPhase(), site)).toEqual({
      id: orukId('agePhase-primary'),
      name: 'Primary',
      description: 'Support for children aged 5 to 11.',
      taxonomy: 'Westmoor Local Offer age phases',
      taxonomy_id: taxonomyId('agePhase'),
      term: 'primary',
      term_uri: 'https://localoffer.westmoor.example/local-offer/primary/',
    });
    expect(toTaxonomyTerm(aNeed(), site)).toMatchObject({ description: 'Autism, diagnosed or not.', taxonomy_id: taxonomyId('need') });
  });
});
