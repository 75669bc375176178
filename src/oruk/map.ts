// Model documents → Open Referral UK v3 objects. Pure: every input, including the site's address, is an argument.
import type { AgePhase, Category, Need, Provider, Service } from '../model/index.ts';
import { COST_LABELS, REFERRAL_ROUTE_LABELS } from '../local-offer/labels.ts';
import { portableTextToPlain } from '../text/portable-text.ts';
import type {
  OrukAttribute,
  OrukContact,
  OrukCostOption,
  OrukLocation,
  OrukLocationSummary,
  OrukOrganization,
  OrukSchedule,
  OrukService,
  OrukServiceArea,
  OrukServiceAtLocation,
  OrukServiceAtLocationSummary,
  OrukServiceSummary,
  OrukTaxonomy,
  OrukTaxonomyTerm,
} from './types.ts';
import { orukId, uuidV5, ORUK_NAMESPACE } from './uuid.ts';

/** The three ways the Local Offer is organised, each published as an ORUK taxonomy. */
export const TAXONOMY_KINDS = ['agePhase', 'category', 'need'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

export interface SiteContext {
  /** The public site's origin, e.g. "https://localoffer.westmoor.gov.uk" (no trailing slash needed). */
  siteUrl: string;
  /** The local area, e.g. "Westmoor": the county-level part of an address, which UK addresses otherwise lack. */
  areaName: string;
}

export function taxonomyId(kind: TaxonomyKind): string {
  // ":" cannot appear in a Sanity id, so these names never collide with a document's.
  return uuidV5(`taxonomy:${kind}`, ORUK_NAMESPACE);
}

/** A page of the public site; relative to its address, so a site served under a path keeps that path. */
function siteLink(site: SiteContext, path: string): string {
  return new URL(path.replace(/^\//, ''), site.siteUrl.endsWith('/') ? site.siteUrl : `${site.siteUrl}/`).href;
}

const TAXONOMY_TEXT: Record<TaxonomyKind, (area: string) => { name: string; description: string; path: string }> = {
  agePhase: (area) => ({
    name: `${area} Local Offer age phases`,
    description: `The broad age groups the ${area} SEND Local Offer is organised by, from early years to preparing for adulthood.`,
    path: '/local-offer/',
  }),
  category: (area) => ({
    name: `${area} Local Offer categories`,
    description: `The types of support in the ${area} SEND Local Offer, such as education, health, social care and leisure.`,
    path: '/local-offer/',
  }),
  need: (area) => ({
    name: `${area} Local Offer needs`,
    description: `The special educational needs and disabilities that services in the ${area} SEND Local Offer say they support.`,
    path: '/local-offer/',
  }),
};

export function toTaxonomy(kind: TaxonomyKind, site: SiteContext, terms?: OrukTaxonomyTerm[]): OrukTaxonomy {
  const text = TAXONOMY_TEXT[kind](site.areaName);
  return {
    id: taxonomyId(kind),
    name: text.name,
    description: text.description,
    uri: siteLink(site, text.path),
    version: '1',
    ...(terms ? { taxonomy_terms: terms } : {}),
  };
}

export type TermDocument = AgePhase | Category | Need;

const TERM_KIND: Record<TermDocument['_type'], TaxonomyKind> = { agePhase: 'agePhase', category: 'category', need: 'need' };

export function toTaxonomyTerm(doc: TermDocument, site: SiteContext): OrukTaxonomyTerm {
  const kind = TERM_KIND[doc._type];
  const description = doc._type === 'agePhase' ? doc.summary : doc.description;
  return {
    id: orukId(doc._id),
    name: doc.title,
    description,
    taxonomy: TAXONOMY_TEXT[kind](site.areaName).name,
    taxonomy_id: taxonomyId(kind),
    term: doc.slug.current,
    ...(doc._type === 'agePhase' ? { term_uri: siteLink(site, `/local-offer/${doc.slug.current}/`) } : {}),
  };
}

const PROVIDER_KIND_TEXT: Record<Provider['kind'], string> = {
  'local-authority': 'The local authority',
  nhs: 'An NHS organisation',
  'early-years-setting': 'An early years setting',
  'maintained-school': 'A maintained school',
  academy: 'An academy',
  'special-school': 'A special school',
  'non-maintained-special-school': 'A non-maintained special school',
  'post-16-institution': 'A post-16 institution',
  'independent-specialist-provider': 'An independent specialist provider',
  'alternative-provision': 'An alternative provision setting',
  'voluntary-community': 'A voluntary or community organisation',
  private: 'A private provider',
};

export function toOrganization(provider: Provider, site: SiteContext): OrukOrganization {
  return {
    id: orukId(provider._id),
    name: provider.name,
    // ORUK requires a description; the model's is optional, so fall back to the kind of provider it is.
    description: provider.description ?? `${PROVIDER_KIND_TEXT[provider.kind]} in the ${site.areaName} Local Offer.`,
    ...(provider.email ? { email: provider.email } : {}),
    ...(provider.website ? { website: provider.website } : {}),
  };
}

/** The ORUK `description`: the profile has no eligibility or how-to-apply fields, so they are told here in words. */
export function serviceDescription(service: Service): string {
  const routes = service.access.referralRoutes.map((r) => REFERRAL_ROUTE_LABELS[r]).join('; ');
  return [
    service.summary,
    portableTextToPlain(service.description),
    `Who it is for: ${service.eligibility}`,
    `How to get it: ${service.access.howToAccess} (${routes}.)`,
    service.accessibility ? `Accessibility: ${service.accessibility}` : '',
  ]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n\n');
}

function isoMoment(value: string): string | undefined {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/**
 * When the service or anything shown with it last changed: the latest `_updatedAt` of the service, its provider and
 * its taxonomy terms. Documents without `_updatedAt` (seed files) count from the day the service was last reviewed.
 */
export function lastModified(service: Service, related: readonly { _updatedAt?: string }[]): string {
  const moments = [service, ...related]
    .map((d) => (d._updatedAt ? isoMoment(d._updatedAt) : undefined))
    .filter((m): m is string => m !== undefined);
  if (moments.length === 0) return `${service.lastReviewed}T00:00:00.000Z`;
  return moments.reduce((a, b) => (a > b ? a : b));
}

export interface ServiceContext extends SiteContext {
  provider?: Provider;
  /** The service's age phases, categories and needs, in that order, as documents. */
  terms: readonly TermDocument[];
}

export function toServiceSummary(service: Service, ctx: ServiceContext): OrukServiceSummary {
  const contact = service.contacts.find((c) => c.website) ?? service.contacts[0];
  const url = contact?.website ?? ctx.provider?.website ?? siteLink(ctx, `/services/${service.slug.current}/`);
  const email = service.contacts.find((c) => c.email)?.email ?? ctx.provider?.email;
  const summary: OrukServiceSummary = {
    id: orukId(service._id),
    ...(ctx.provider ? { organization_id: orukId(ctx.provider._id) } : {}),
    name: service.title,
    description: serviceDescription(service),
    url,
    ...(email ? { email } : {}),
    status: 'active',
    minimum_age: service.ageRange.min,
    maximum_age: service.ageRange.max,
    assured_date: service.lastReviewed,
    last_modified: lastModified(service, [...(ctx.provider ? [ctx.provider] : []), ...ctx.terms]),
    ...(ctx.provider ? { organization: toOrganization(ctx.provider, ctx) } : {}),
  };
  return summary;
}

const BYDAY: Record<Service['openingTimes'][number]['day'], string> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

export function toSchedules(service: Service): OrukSchedule[] {
  const serviceId = orukId(service._id);
  if (service.openingTimes.length === 0) {
    return service.scheduleNote
      ? [{ id: orukId(service._id, 'schedule', 'note'), service_id: serviceId, description: service.scheduleNote }]
      : [];
  }
  return service.openingTimes.map((t) => ({
    id: orukId(service._id, 'schedule', t._key),
    service_id: serviceId,
    freq: 'WEEKLY',
    interval: 1,
    byday: BYDAY[t.day],
    // UK local time: no fixed offset is right all year (GMT in winter, BST in summer), so none is given.
    opens_at: t.opens,
    closes_at: t.closes,
    ...(t.note ? { description: t.note } : {}),
    ...(service.scheduleNote ? { notes: service.scheduleNote } : {}),
  }));
}

export function toServiceAreas(service: Service, site: SiteContext): OrukServiceArea[] {
  const serviceId = orukId(service._id);
  return [...new Set(service.serviceAreas)].map((area) => ({
    id: orukId(service._id, 'service-area', area),
    service_id: serviceId,
    name: area,
    service_area: `${area}, ${site.areaName}`,
  }));
}

export function toLocationSummary(service: Service, location: Service['locations'][number]): OrukLocationSummary {
  return {
    id: orukId(service._id, 'location', location._key),
    location_type: 'physical',
    name: location.name,
    latitude: location.geo.lat,
    longitude: location.geo.lng,
  };
}

export function toLocation(service: Service, location: Service['locations'][number], site: SiteContext): OrukLocation {
  const summary = toLocationSummary(service, location);
  const { line1, line2, town, postcode } = location.address;
  return {
    ...summary,
    addresses: [
      {
        id: orukId(service._id, 'address', location._key),
        location_id: summary.id,
        address_1: [line1, line2].filter(Boolean).join(', '),
        city: town,
        // UK addresses have no state or province; the local area stands in for it, as a county would.
        state_province: site.areaName,
        postal_code: postcode,
        country: 'GB',
        address_type: 'physical',
      },
    ],
    accessibility: [...new Set(location.accessibility)].map((feature) => ({
      id: orukId(service._id, 'accessibility', location._key, feature),
      location_id: summary.id,
      description: feature,
    })),
  };
}

export function serviceAtLocationId(service: Service, location: Service['locations'][number]): string {
  return orukId(service._id, 'service-at-location', location._key);
}

export function toServiceAtLocations(service: Service, site: SiteContext): OrukServiceAtLocation[] {
  const serviceId = orukId(service._id);
  return service.locations.map((location) => {
    const loc = toLocation(service, location, site);
    return { id: serviceAtLocationId(service, location), service_id: serviceId, location_id: loc.id, location: loc };
  });
}

export function toServiceAtLocationSummary(
  service: Service,
  location: Service['locations'][number],
  summary: OrukServiceSummary,
): OrukServiceAtLocationSummary {
  const loc = toLocationSummary(service, location);
  return { id: serviceAtLocationId(service, location), service_id: summary.id, location_id: loc.id, location: loc, service: summary };
}

export function toCostOptions(service: Service): OrukCostOption[] {
  const { kind, details } = service.cost;
  return [
    {
      id: orukId(service._id, 'cost'),
      service_id: orukId(service._id),
      option: COST_LABELS[kind],
      ...(kind === 'free' ? { amount: 0 } : {}),
      amount_description: details ?? COST_LABELS[kind],
    },
  ];
}

export function toContacts(service: Service): OrukContact[] {
  const serviceId = orukId(service._id);
  // The profile's contact has only a name and a job title: phone numbers, emails and websites have no place in it
  // (the service's first email and website go in the service's own `email` and `url`).
  return service.contacts.map((c) => ({
    id: orukId(service._id, 'contact', c._key),
    service_id: serviceId,
    ...(c.name ? { name: c.name } : {}),
    ...(c.role ? { title: c.role } : {}),
  }));
}

export function toAttributes(service: Service, terms: readonly TermDocument[], site: SiteContext): OrukAttribute[] {
  const serviceId = orukId(service._id);
  const seen = new Set<string>();
  return terms
    .filter((t) => !seen.has(t._id) && seen.add(t._id))
    .map((t) => {
      const term = toTaxonomyTerm(t, site);
      return {
        id: orukId(service._id, 'attribute', t._id),
        link_id: serviceId,
        taxonomy_term_id: term.id,
        link_type: 'service',
        taxonomy_term: term,
      };
    });
}

export function toService(service: Service, ctx: ServiceContext, summary = toServiceSummary(service, ctx)): OrukService {
  return {
    ...summary,
    schedules: toSchedules(service),
    service_areas: toServiceAreas(service, ctx),
    service_at_locations: toServiceAtLocations(service, ctx),
    cost_options: toCostOptions(service),
    contacts: toContacts(service),
    attributes: toAttributes(service, ctx.terms, ctx),
  };
}
