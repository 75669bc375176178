// GET /api/oruk/taxonomy_terms/{id} — one taxonomy term.
import { getTaxonomyTerm } from '../../../../../src/oruk/api.ts';
import { orukRoute } from '../_route.ts';

export const prerender = false;

const route = orukRoute((dir, { params }) => getTaxonomyTerm(dir, params.id));
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const ALL = route.ALL;
