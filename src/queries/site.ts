// Queries every page needs: the site settings and the four age phases.
import { z } from 'zod';
import { SiteSettings } from '../model/index.ts';
import { defineQuery } from './define.ts';

export const siteSettingsQuery = defineQuery('siteSettings', `*[_type == "siteSettings" && _id == "siteSettings"][0]`, SiteSettings);

export const AgePhaseSummary = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  minAge: z.number(),
  maxAge: z.number(),
  summary: z.string(),
  serviceCount: z.number().int(),
});
export type AgePhaseSummary = z.infer<typeof AgePhaseSummary>;

export const agePhasesQuery = defineQuery(
  'agePhases',
  `*[_type == "agePhase"] | order(order asc) {
    _id, title, "slug": slug.current, minAge, maxAge, summary,
    "serviceCount": count(*[_type == "service" && references(^._id)])
  }`,
  z.array(AgePhaseSummary),
);
