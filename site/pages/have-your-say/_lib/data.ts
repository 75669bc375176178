// The surveys the Have your say pages read: every survey, or one by its slug, parsed with the model's schema.
import { z } from 'zod';
import { Survey } from '../../../../src/model/index.ts';
import { defineQuery, runQuery } from '../../../../src/queries/define.ts';
import { getStore } from '../../../lib/store.ts';

export const surveysQuery = defineQuery('surveys', `*[_type == "survey"] | order(opensAt desc)`, z.array(Survey));

export const surveyBySlugQuery = defineQuery<z.ZodNullable<typeof Survey>, { slug: string }>(
  'surveyBySlug',
  `*[_type == "survey" && slug.current == $slug][0]`,
  Survey.nullable(),
);

export async function listSurveys(): Promise<Survey[]> {
  return runQuery(await getStore(), surveysQuery);
}

/** Undefined for a slug no survey has (slugs are checked first, so a crafted value never reaches the query). */
export async function findSurvey(slug: string): Promise<Survey | undefined> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 100) return undefined;
  return (await runQuery(await getStore(), surveyBySlugQuery, { slug })) ?? undefined;
}
