// GET /api/oruk/service_at_locations/{id} — one service at one venue, fully nested.
import { getServiceAtLocation } from '../../../../../src/oruk/api.ts';
import { orukRoute } from '../_route.ts';

export const prerender = false;

const route = orukRoute((dir, { params }) => getServiceAtLocation(dir, params.id));
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const ALL = route.ALL;
