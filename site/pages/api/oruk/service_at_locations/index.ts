// GET /api/oruk/service_at_locations — a page of services at their venues, with the same filters as /services.
import { listServiceAtLocations } from '../../../../../src/oruk/api.ts';
import { orukRoute } from '../_route.ts';

export const prerender = false;

const route = orukRoute((dir, { url }) => listServiceAtLocations(dir, url.searchParams));
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const ALL = route.ALL;
