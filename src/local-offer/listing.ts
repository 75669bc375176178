// A service as the Local Offer lists it: just what browse pages, filters and distances need.
import { z } from 'zod';

export const ServiceListing = z.object({
  _id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  providerName: z.string(),
  phases: z.array(z.string()),
  categories: z.array(z.object({ slug: z.string(), title: z.string() })),
  needs: z.array(z.string()),
  cost: z.enum(['free', 'paid', 'free-and-paid']),
  ageMin: z.number(),
  ageMax: z.number(),
  locations: z.array(z.object({ area: z.string(), lat: z.number(), lng: z.number() })),
  serviceAreas: z.array(z.string()),
  lastReviewed: z.string(),
});
export type ServiceListing = z.infer<typeof ServiceListing>;

/** Every locality a service is found in or comes to. */
export function areasOf(s: ServiceListing): string[] {
  return [...new Set([...s.locations.map((l) => l.area), ...s.serviceAreas])];
}
