// The surveys the Have your say pages read: every survey, or one by its slug, parsed with the model's schema.
import { z } from 'zod';
import { Survey } from '../model/index.ts';
import type { ContentStore } from '../store/port.ts';
import { defineQuery, runQuery } from './define.ts';

export const surveysQuery = defineQuery('surveys', `*[_type == "survey"] | order(opensAt desc)`, z.array(Survey));

export const surveyBySlugQuery = defineQuery<z.ZodNullable<typeof Survey>, { slug: string }>(
  'surveyBySlug',
  `*[_type == "survey" && slug.current == $slug][0]`,
  Survey.nullable(),
);

export async function listSurveys(store: ContentStore): Promise<Survey[]> {
  return runQuery(store, surveysQuery);
}

/** Undefined for a slug no survey has (slugs are checked first, so a crafted value never reaches the query). */
export async function findSurvey(store: ContentStore, slug: string): Promise<Survey | undefined> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 100) return undefined;
  return (await runQuery(store, surveyBySlugQuery, { slug })) ?? undefined;
}
