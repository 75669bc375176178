// Queries for information and advice: guides and the glossary.
import { z } from 'zod';
import { PortableText, StatutoryTopicKey } from '../model/index.ts';
import { defineQuery } from './define.ts';

export const GuidePage = z.object({
  _id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  body: PortableText,
  topics: z.array(StatutoryTopicKey),
  phases: z.array(z.object({ slug: z.string(), title: z.string() })),
  lastReviewed: z.string(),
});
export type GuidePage = z.infer<typeof GuidePage>;

export const guidePagesQuery = defineQuery(
  'guidePages',
  `*[_type == "guide"] | order(title asc) {
    _id, "slug": slug.current, title, summary, body, "topics": coalesce(topics, []),
    "phases": coalesce(agePhases[]->{ "slug": slug.current, title }, []), lastReviewed
  }`,
  z.array(GuidePage),
);

export const GlossaryEntry = z.object({
  term: z.string(),
  slug: z.string(),
  definition: z.string(),
  aliases: z.array(z.string()),
});

export const glossaryQuery = defineQuery(
  'glossary',
  `*[_type == "glossaryTerm"] | order(lower(term) asc) { term, "slug": slug.current, definition, "aliases": coalesce(aliases, []) }`,
  z.array(GlossaryEntry),
);
