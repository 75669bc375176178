// GET /api/oruk/services — a page of services (one-to-one fields), filtered as the ORUK v3 OpenAPI describes.
import { listServices } from '../../../../../src/oruk/api.ts';
import { orukRoute } from '../_route.ts';

export const prerender = false;

const route = orukRoute((dir, { url }) => listServices(dir, url.searchParams));
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const ALL = route.ALL;
