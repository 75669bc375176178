// GET /api/oruk/taxonomy_terms — every age phase, category and need, as ORUK taxonomy terms.
import { listTaxonomyTerms } from '../../../../../src/oruk/api.ts';
import { orukRoute } from '../_route.ts';

export const prerender = false;

const route = orukRoute((dir, { url }) => listTaxonomyTerms(dir, url.searchParams));
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const ALL = route.ALL;
