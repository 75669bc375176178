// Test data for the ORUK mapping: builders start from valid model documents, and every one is run through zod.
import { AgePhase, Category, Need, Provider, Service } from '../../../src/model/index.ts';
import type { PostcodeDistrict } from '../../../src/local-offer/postcode.ts';
import { buildDirectory, type Directory } from '../../../src/oruk/directory.ts';
import type { SiteContext } from '../../../src/oruk/map.ts';

export const site: SiteContext = { siteUrl: 'https://localoffer.westmoor.example', areaName: 'Westmoor' };

export const districts: PostcodeDistrict[] = [
  { district: 'WM1', lat: 50.3768, lng: -4.1402, area: 'City Centre' },
  { district: 'WM4', lat: 50.4152, lng: -4.1127, area: 'North' },
  { district: 'WM9', lat: 50.4136, lng: -4.0632, area: 'Moorside' },
];

const ref = (id: string) => ({ _type: 'reference' as const, _ref: id, _key: id });
const slug = (current: string) => ({ _type: 'slug' as const, current });

export function aPhase(over: Partial<AgePhase> = {}): AgePhase {
  return AgePhase.parse({
    _id: 'agePhase-primary',
    _type: 'agePhase',
    title: 'Primary',
    slug: slug('primary'),
    minAge: 5,
    maxAge: 11,
    order: 2,
    summary: 'Support for children aged 5 to 11.',
    ...over,
  });
}

export function aCategory(over: Partial<Category> = {}): Category {
  return Category.parse({
    _id: 'category-health',
    _type: 'category',
    title: 'Health and therapy',
    slug: slug('health'),
    description: 'Therapies and health services.',
    order: 1,
    ...over,
  });
}

export function aNeed(over: Partial<Need> = {}): Need {
  return Need.parse({ _id: 'need-autism', _type: 'need', title: 'Autism', slug: slug('autism'), description: 'Autism, diagnosed or not.', ...over });
}

export function aProvider(over: Partial<Provider> = {}): Provider {
  return Provider.parse({
    _id: 'provider-nhs',
    _type: 'provider',
    name: 'Westmoor NHS Trust',
    slug: slug('westmoor-nhs'),
    kind: 'nhs',
    description: 'Community health services.',
    website: 'https://nhs.westmoor.example',
    email: 'hello@nhs.westmoor.example',
    ...over,
  });
}

type Venue = Service['locations'][number];

export function aVenue(over: Partial<Venue> & { _key: string }): Venue {
  return {
    name: `Venue ${over._key}`,
    address: { line1: '1 High Street', town: 'Westmoor', postcode: 'WM4 2AB' },
    geo: { lat: 50.4152, lng: -4.1127 },
    area: 'North',
    accessibility: [],
    ...over,
  };
}

/** Portable Text of one paragraph. */
export function paragraph(text: string): Service['description'] {
  return [{ _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', text, marks: [] }] }];
}

export function aService(over: Partial<Omit<Service, 'agePhases' | 'categories' | 'needs'>> & { phases?: string[]; categories?: string[]; needs?: string[] } = {}): Service {
  const { phases = ['agePhase-primary'], categories = ['category-health'], needs = [], ...rest } = over;
  return Service.parse({
    _id: 'service-speech',
    _type: 'service',
    title: 'Speech and language therapy',
    slug: slug('speech-and-language-therapy'),
    provider: { _type: 'reference', _ref: 'provider-nhs' },
    summary: 'Help with talking and understanding.',
    description: paragraph('Therapists work with you and your child.'),
    agePhases: phases.map(ref),
    categories: categories.map(ref),
    needs: needs.map(ref),
    ageRange: { min: 4, max: 11 },
    eligibility: 'Children with a communication need.',
    cost: { kind: 'free' },
    access: { referralRoutes: ['self-referral', 'gp'], howToAccess: 'Phone the team.' },
    contacts: [{ _key: 'main', role: 'Duty therapist', phone: '01632 960000', email: 'slt@nhs.westmoor.example', website: 'https://slt.westmoor.example' }],
    locations: [],
    serviceAreas: [],
    openingTimes: [],
    lastReviewed: '2026-06-01',
    ...rest,
  });
}

export const terms = () => [
  aPhase(),
  aPhase({ _id: 'agePhase-early-years', title: 'Early years', slug: slug('early-years'), minAge: 0, maxAge: 5, order: 1, summary: 'Birth to 5.' }),
  aCategory(),
  aCategory({ _id: 'category-leisure', title: 'Play and leisure', slug: slug('leisure'), description: 'Clubs and activities.', order: 2 }),
  aNeed(),
  aNeed({ _id: 'need-adhd', title: 'ADHD', slug: slug('adhd'), description: 'ADHD, diagnosed or suspected.' }),
];

export function aDirectory(services: Service[], providers: Provider[] = [aProvider()]): Directory {
  return buildDirectory({ services, providers, terms: terms() }, site, districts);
}
