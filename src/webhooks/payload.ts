// The webhook body, as the projection in docs/connect-to-sanity.md shapes it, and which pages and caches it affects.
import { z } from 'zod';
import { DOCUMENT_TYPES, PRIVATE_TYPES, type DocumentType } from '../model/index.ts';

export const WebhookPayload = z.object({
  _id: z.string().min(1).max(200),
  _type: z.string().min(1).max(100),
  operation: z.enum(['create', 'update', 'delete']).optional(),
  slug: z.string().max(200).nullish(),
  previousSlug: z.string().max(200).nullish(),
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;

/** The site's in-memory caches (site/lib and the ORUK routes), by name. */
// Survey pages read the store on every request (they are forms, rarely viewed twice), so they keep no cache.
export const CACHE_NAMES = ['catalogue', 'search', 'glossary', 'siteSettings', 'oruk', 'plan'] as const;
export type CacheName = (typeof CACHE_NAMES)[number];

export interface Effect {
  /** Pages to rebuild or purge; a trailing "*" stands for every page under that path. */
  paths: string[];
  caches: CacheName[];
  /** True when a prerendered page changes, so the static site must be rebuilt. */
  rebuild: boolean;
}

const EVERYTHING: Effect = { paths: ['/*'], caches: [...CACHE_NAMES], rebuild: true };
const NOTHING: Effect = { paths: [], caches: [], rebuild: false };

const slugPaths = (base: string, p: WebhookPayload) =>
  [...new Set([p.slug, p.previousSlug].filter((s): s is string => Boolean(s)))].map((s) => `${base}${s}/`);

const LOCAL_OFFER = ['/', '/local-offer/*', '/search/', '/api/oruk/*'];

/** What a change to one document affects. Unknown types rebuild everything: better slow than stale. */
export function affectedBy(payload: WebhookPayload): Effect {
  const type = payload._type as DocumentType;
  if (!DOCUMENT_TYPES.includes(type)) return EVERYTHING;
  if (PRIVATE_TYPES.has(type)) return NOTHING;
  switch (type) {
    case 'service':
      return {
        // Without a slug (a badly set up projection) any service page may be the one.
        paths: [...(payload.slug || payload.previousSlug ? slugPaths('/services/', payload) : ['/services/*']), ...LOCAL_OFFER],
        caches: ['catalogue', 'search', 'oruk'],
        rebuild: true,
      };
    case 'provider':
    case 'agePhase':
    case 'category':
    case 'need':
      return { paths: ['/services/*', ...LOCAL_OFFER, '/guides/*'], caches: ['catalogue', 'search', 'oruk'], rebuild: true };
    case 'guide':
      return {
        paths: [...(payload.slug || payload.previousSlug ? slugPaths('/guides/', payload) : ['/guides/*']), '/guides/', '/local-offer/coverage/', '/search/'],
        caches: ['search'],
        rebuild: true,
      };
    case 'glossaryTerm':
      // Terms are linked from every service and guide page.
      return { paths: ['/glossary/', '/services/*', '/guides/*'], caches: ['glossary'], rebuild: true };
    case 'siteSettings':
      return EVERYTHING;
    case 'plan':
    case 'priorityArea':
    case 'action':
    case 'impactMeasure':
      // The plan, surveys and You said, we did are rendered on demand: dropping the cache is enough, no rebuild.
      return { paths: ['/plan/*', '/you-said-we-did/*'], caches: ['plan'], rebuild: false };
    case 'survey':
      return { paths: ['/have-your-say/*', '/plan/*'], caches: ['plan'], rebuild: false };
    case 'feedbackTheme':
      return { paths: ['/you-said-we-did/*', '/plan/*'], caches: ['plan'], rebuild: false };
    case 'youSaidWeDid':
      return {
        paths: [...slugPaths('/you-said-we-did/', payload), '/you-said-we-did/', '/you-said-we-did/feed.xml', '/plan/*'],
        caches: ['plan'],
        rebuild: false,
      };
    default:
      return EVERYTHING;
  }
}

/** Several changes at once (a batch of webhooks, or a rebuild request merged with another). */
export function mergeEffects(effects: readonly Effect[]): Effect {
  const paths = new Set(effects.flatMap((e) => e.paths));
  if (paths.has('/*')) return EVERYTHING;
  return {
    paths: [...paths],
    caches: [...new Set(effects.flatMap((e) => e.caches))],
    rebuild: effects.some((e) => e.rebuild),
  };
}
