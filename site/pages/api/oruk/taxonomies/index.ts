// GET /api/oruk/taxonomies — the Local Offer's age phases, categories and needs, as ORUK taxonomies.
import { listTaxonomies } from '../../../../../src/oruk/api.ts';
import { orukRoute } from '../_route.ts';

export const prerender = false;

const route = orukRoute((dir, { url }) => listTaxonomies(dir, url.searchParams));
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const ALL = route.ALL;
