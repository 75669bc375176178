// Queries behind the Local Offer: the listing every browse page filters, the vocabularies, and full service pages.
import { z } from 'zod';
import { ServiceListing } from '../local-offer/listing.ts';
import { Contact, Location, OpeningTime, PortableText, ProviderKind, Schedule2Answers } from '../model/index.ts';
import { defineQuery } from './define.ts';

export const serviceListingsQuery = defineQuery(
  'serviceListings',
  `*[_type == "service"] | order(title asc) {
    _id, "slug": slug.current, title, summary,
    "providerName": provider->name,
    "phases": agePhases[]->slug.current,
    "categories": categories[]->{ "slug": slug.current, title },
    "needs": coalesce(needs[]->slug.current, []),
    "cost": cost.kind, "ageMin": ageRange.min, "ageMax": ageRange.max,
    "locations": coalesce(locations[]{ area, "lat": geo.lat, "lng": geo.lng }, []),
    "serviceAreas": coalesce(serviceAreas, []),
    lastReviewed
  }`,
  z.array(ServiceListing),
);

const Term = z.object({ slug: z.string(), title: z.string(), description: z.string().optional() });
export type Term = z.infer<typeof Term>;

export const vocabularyQuery = defineQuery(
  'vocabulary',
  `{
    "phases": *[_type == "agePhase"] | order(order asc) { "slug": slug.current, title, minAge, maxAge, summary },
    "categories": *[_type == "category"] | order(order asc) { "slug": slug.current, title, description },
    "needs": *[_type == "need"] | order(title asc) { "slug": slug.current, title, description }
  }`,
  z.object({
    phases: z.array(z.object({ slug: z.string(), title: z.string(), minAge: z.number(), maxAge: z.number(), summary: z.string() })),
    categories: z.array(Term),
    needs: z.array(Term),
  }),
);

export const ServicePage = z.object({
  _id: z.string(),
  _updatedAt: z.string().optional(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  description: PortableText,
  provider: z.object({
    name: z.string(),
    kind: ProviderKind,
    website: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  }),
  phases: z.array(z.object({ slug: z.string(), title: z.string() })),
  categories: z.array(z.object({ slug: z.string(), title: z.string() })),
  needs: z.array(z.object({ slug: z.string(), title: z.string() })),
  ageRange: z.object({ min: z.number(), max: z.number() }),
  eligibility: z.string(),
  cost: z.object({ kind: z.enum(['free', 'paid', 'free-and-paid']), details: z.string().optional() }),
  access: z.object({ referralRoutes: z.array(z.string()), howToAccess: z.string() }),
  contacts: z.array(Contact),
  locations: z.array(Location),
  serviceAreas: z.array(z.string()),
  openingTimes: z.array(OpeningTime),
  scheduleNote: z.string().optional(),
  accessibility: z.string().optional(),
  schedule2: Schedule2Answers.optional(),
  lastReviewed: z.string(),
});
export type ServicePage = z.infer<typeof ServicePage>;

export const servicePagesQuery = defineQuery(
  'servicePages',
  `*[_type == "service"] {
    _id, _updatedAt, "slug": slug.current, title, summary, description,
    "provider": provider->{ name, kind, website, email, phone },
    "phases": agePhases[]->{ "slug": slug.current, title },
    "categories": categories[]->{ "slug": slug.current, title },
    "needs": coalesce(needs[]->{ "slug": slug.current, title }, []),
    ageRange, eligibility, cost, access, contacts,
    "locations": coalesce(locations, []),
    "serviceAreas": coalesce(serviceAreas, []),
    "openingTimes": coalesce(openingTimes, []),
    scheduleNote, accessibility, schedule2, lastReviewed
  }`,
  z.array(ServicePage),
);

export const CoverageSources = z.object({
  guides: z.array(z.object({ title: z.string(), slug: z.string(), topics: z.array(z.string()) })),
  services: z.array(
    z.object({ title: z.string(), slug: z.string(), providerKind: z.string(), categoryTopics: z.array(z.string()), schedule2Answered: z.number() }),
  ),
});

export const coverageSourcesQuery = defineQuery(
  'coverageSources',
  `{
    "guides": *[_type == "guide"] { title, "slug": slug.current, "topics": coalesce(topics, []) },
    "services": *[_type == "service"] {
      title, "slug": slug.current, "providerKind": provider->kind,
      "categoryTopics": array::unique(coalesce(categories[]->statutoryTopics[], [])),
      "schedule2Answered": count(array::compact([
        schedule2.identifyAndAssess, schedule2.adaptCurriculum, schedule2.additionalSupport, schedule2.reviewProgress,
        schedule2.evaluateEffectiveness, schedule2.accessibleFacilities, schedule2.inclusionInActivities,
        schedule2.wellbeing, schedule2.staffExpertise
      ]))
    }
  }`,
  CoverageSources,
);
