// What the search index is built from: services and guides with their text.
import { z } from 'zod';
import { defineQuery } from './define.ts';

export const SearchSource = z.object({
  _id: z.string(),
  _type: z.enum(['service', 'guide']),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string().default(''),
  keywords: z.array(z.string()).default([]),
  extra: z.string().default(''),
});
export type SearchSource = z.infer<typeof SearchSource>;

export const searchSourcesQuery = defineQuery(
  'searchSources',
  `*[_type in ["service", "guide"]] {
    _id, _type, "slug": slug.current, title, summary,
    "body": select(_type == "service" => pt::text(description), pt::text(body)),
    "keywords": select(
      _type == "service" => array::compact([provider->name] + categories[]->title + coalesce(needs[]->title, []) + agePhases[]->title),
      coalesce(agePhases[]->title, [])
    ),
    "extra": select(_type == "service" => eligibility + " " + access.howToAccess, "")
  }`,
  z.array(SearchSource),
);
