// Every address the site answers, found from the build and the source rather than listed by hand: prerendered pages
// and static files from the built client folder, on-demand routes and POST endpoints from site/pages and site/actions.
// A spec gives each on-demand route an example address; a route without one fails the spec, so new routes get checked.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const PAGES = join(root, 'site/pages');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** The built client folder: prerendered pages and static files, served as they are. */
export function clientDir(): string {
  return join(root, process.env.BUILD_DIR || 'dist', 'client');
}

/** Every prerendered page's address (`/guides/short-breaks/`), from the built HTML files. */
export function prerenderedPages(): string[] {
  return walk(clientDir())
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${relative(clientDir(), f).split('\\').join('/')}`)
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/** Every other built file (styles, scripts, images), by address. */
export function staticFiles(): string[] {
  return walk(clientDir())
    .filter((f) => !f.endsWith('.html'))
    .map((f) => `/${relative(clientDir(), f).split('\\').join('/')}`)
    .sort();
}

/** Route files in site/pages (not `_` helpers), with their source. */
function routeFiles(): { pattern: string; source: string }[] {
  return walk(PAGES)
    .filter((f) => /\.(astro|ts)$/.test(f))
    .filter((f) => !relative(PAGES, f).split(/[\\/]/).some((part) => part.startsWith('_')))
    .map((f) => {
      const path = relative(PAGES, f).split('\\').join('/').replace(/\.(astro|ts)$/, '');
      const pattern = `/${path}`.replace(/\/index$/, '/').replace(/^\/\/$/, '/');
      return { pattern, source: readFileSync(f, 'utf8') };
    });
}

/** Route patterns rendered on demand (`/plan/[area]/`, `/api/oruk/services/[id]`), as Astro names them. */
export function onDemandRoutes(): string[] {
  return routeFiles()
    .filter((r) => /export const prerender = false/.test(r.source))
    .map((r) => r.pattern)
    .sort();
}

/** Every address a form or a client can POST to: Astro Actions, pages that handle a post, API routes with POST. */
export function postEndpoints(): string[] {
  const actions = readFileSync(join(root, 'site/actions/index.ts'), 'utf8');
  const names = [...actions.matchAll(/^ {2}(\w+): defineAction\(/gm)].map((m) => `/_actions/${m[1]}`);
  const routes = routeFiles()
    .filter((r) => /Astro\.request\.method === 'POST'|export const POST\b/.test(r.source))
    .map((r) => r.pattern);
  return [...names, ...routes].sort();
}

/** An example address for each on-demand route; `{…}` is filled in from the site's own listings. */
export const EXAMPLES: Record<string, string[]> = {
  '/api/oruk/': ['/api/oruk/'],
  '/api/oruk/services/': ['/api/oruk/services?per_page=5'],
  '/api/oruk/services/[id]': ['/api/oruk/services/{service}'],
  '/api/oruk/service_at_locations/': ['/api/oruk/service_at_locations?per_page=5'],
  '/api/oruk/service_at_locations/[id]': ['/api/oruk/service_at_locations/{serviceAtLocation}'],
  '/api/oruk/taxonomies/': ['/api/oruk/taxonomies'],
  '/api/oruk/taxonomies/[id]': ['/api/oruk/taxonomies/{taxonomy}'],
  '/api/oruk/taxonomy_terms/': ['/api/oruk/taxonomy_terms?per_page=5'],
  '/api/oruk/taxonomy_terms/[id]': ['/api/oruk/taxonomy_terms/{taxonomyTerm}'],
  '/api/webhooks/sanity': ['/api/webhooks/sanity'],
  '/have-your-say/': ['/have-your-say/'],
  '/have-your-say/[survey]/': ['/have-your-say/parents-and-carers/', '/have-your-say/young-people/'],
  '/have-your-say/[survey]/sent': ['/have-your-say/parents-and-carers/sent/'],
  '/have-your-say/delete/': ['/have-your-say/delete/'],
  '/local-offer/[phase]/': ['/local-offer/primary/', '/local-offer/secondary/?need=autism'],
  '/page-feedback/': ['/page-feedback/?path=/'],
  '/plan/': ['/plan/'],
  '/plan/[area]/': ['/plan/priority-action-1/'],
  '/plan/[area]/measures/[measure].csv': ['{measureCsv}'],
  '/plan/board-pack/': ['/plan/board-pack/', '/plan/board-pack/?quarter=1999-q1'],
  '/plan/board-pack/actions.csv': ['/plan/board-pack/actions.csv'],
  '/plan/board-pack/measures.csv': ['/plan/board-pack/measures.csv'],
  '/preview/[type]/[id]': ['/preview/services/service-westmoor-sendiass'],
  '/report-a-problem/': ['/report-a-problem/?subject=service-westmoor-sendiass'],
  '/search': ['/search/?q=speech+therapy'],
  '/readyz': ['/readyz'],
  '/shortlist/': ['/shortlist/'],
  '/shortlist/download.txt': ['/shortlist/download.txt'],
  '/studio/[...path]': ['/studio/'],
  '/subscribe/': ['/subscribe/'],
  '/subscribe/confirm/': ['/subscribe/confirm/?token=not-a-token'],
  '/subscribe/unsubscribe/': ['/subscribe/unsubscribe/?token=not-a-token'],
  '/you-said-we-did/': ['/you-said-we-did/', '/you-said-we-did/?area=priority-action-1'],
  '/you-said-we-did/[slug]/': ['/you-said-we-did/a-say-in-the-improvement-plan/'],
  '/you-said-we-did/feed.xml': ['/you-said-we-did/feed.xml'],
};

/** Fills in the `{…}` examples with ids and links the site itself publishes. */
export async function resolveExample(origin: string, example: string): Promise<string> {
  const firstId = async (list: string) => ((await (await fetch(`${origin}${list}?per_page=1`)).json()) as { contents: { id: string }[] }).contents[0]!.id;
  switch (example) {
    case '{measureCsv}':
      return /href="(\/plan\/priority-action-1\/measures\/[^"]+\.csv)"/.exec(await (await fetch(`${origin}/plan/priority-action-1/`)).text())![1]!;
    case '/api/oruk/services/{service}':
      return `/api/oruk/services/${await firstId('/api/oruk/services')}`;
    case '/api/oruk/service_at_locations/{serviceAtLocation}':
      return `/api/oruk/service_at_locations/${await firstId('/api/oruk/service_at_locations')}`;
    case '/api/oruk/taxonomies/{taxonomy}':
      return `/api/oruk/taxonomies/${await firstId('/api/oruk/taxonomies')}`;
    case '/api/oruk/taxonomy_terms/{taxonomyTerm}':
      return `/api/oruk/taxonomy_terms/${await firstId('/api/oruk/taxonomy_terms')}`;
    default:
      return example;
  }
}
