// GET /api/oruk/services/{id} — one fully nested service.
import { getService } from '../../../../../src/oruk/api.ts';
import { orukRoute } from '../_route.ts';

export const prerender = false;

const route = orukRoute((dir, { params }) => getService(dir, params.id));
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const ALL = route.ALL;
