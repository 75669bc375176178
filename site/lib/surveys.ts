// The surveys from the site's store, for pages and actions (the queries themselves are in src/queries/surveys.ts).
import type { Survey } from '../../src/model/index.ts';
import * as queries from '../../src/queries/surveys.ts';
import { getStore } from './store.ts';

export async function listSurveys(): Promise<Survey[]> {
  return queries.listSurveys(await getStore());
}

export async function findSurvey(slug: string): Promise<Survey | undefined> {
  return queries.findSurvey(await getStore(), slug);
}
