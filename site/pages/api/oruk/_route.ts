// Shared by the ORUK routes (not a route itself: Astro skips files starting with "_"): load the directory once per
// process, keep it for a minute, answer with JSON and CORS. The endpoints' logic is in src/oruk/api.ts.
import type { APIContext, APIRoute } from 'astro';
import type { ApiResult } from '../../../../src/oruk/api.ts';
import { cached } from '../../../../src/oruk/cache.ts';
import type { Directory } from '../../../../src/oruk/directory.ts';
import { registerCache } from '../../../../src/webhooks/invalidation.ts';
import { internalError, jsonResponse, methodNotAllowed, preflightResponse, unavailable } from '../../../../src/oruk/http.ts';
import { isCurrent, loadDirectory, readDistricts } from '../../../../src/oruk/load.ts';
import { getConfig } from '../../../lib/config.ts';
import { getStore } from '../../../lib/store.ts';

const TTL_MS = 60_000;

const directory = cached(
  async () => {
    const config = getConfig();
    const [store, districts] = await Promise.all([getStore(), readDistricts(config.contentDir)]);
    const loaded = await loadDirectory(store, { siteUrl: config.siteUrl, districts });
    const { issues } = loaded.directory;
    if (issues.length) {
      const shown = issues.slice(0, 5).map((i) => `${i.documentId}: ${i.message}`);
      console.warn(`ORUK API: ${issues.length} document problem(s) in the directory:\n  ${shown.join('\n  ')}`);
    }
    return loaded;
  },
  TTL_MS,
  { unchanged: async (loaded) => isCurrent(await getStore(), loaded) },
);
registerCache('oruk', () => directory.clear());

export interface OrukRoute {
  GET: APIRoute;
  HEAD: APIRoute;
  OPTIONS: APIRoute;
  ALL: APIRoute;
}

function routeFor(answer: (context: APIContext) => Promise<Response>): OrukRoute {
  return {
    GET: answer,
    HEAD: answer,
    OPTIONS: ({ request }) => preflightResponse(request),
    ALL: ({ request }) => methodNotAllowed(request.method),
  };
}

/** A route answered from the directory. */
export function orukRoute(handle: (dir: Directory, context: APIContext) => ApiResult<unknown>): OrukRoute {
  return routeFor(async (context) => {
    let dir: Directory;
    try {
      dir = (await directory.get()).directory;
    } catch (error) {
      console.error('ORUK API: the directory could not be loaded:', error);
      return unavailable();
    }
    try {
      return jsonResponse(handle(dir, context));
    } catch (error) {
      console.error(`ORUK API: ${context.url.pathname}${context.url.search} failed:`, error);
      return internalError();
    }
  });
}

/** A route that needs no data. */
export function staticOrukRoute(handle: () => ApiResult<unknown>): OrukRoute {
  return routeFor(async () => jsonResponse(handle()));
}
