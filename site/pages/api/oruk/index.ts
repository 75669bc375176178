// GET /api/oruk/ — what this API is: the HSDS profile it follows and where its OpenAPI description is.
import { getApiInfo } from '../../../../src/oruk/api.ts';
import { staticOrukRoute } from './_route.ts';

export const prerender = false;

const route = staticOrukRoute(getApiInfo);
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const ALL = route.ALL;
