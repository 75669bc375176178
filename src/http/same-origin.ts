// Cross-site request forgery: a form post is accepted only from the site's own pages, judged by the Origin header
// the browser sends, the same rule as Astro's own check but against SITE_URL, which stays right behind a proxy.
import { isPublicSiteUrl } from '../config/env.ts';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The origins a form may come from: SITE_URL's. On a loopback SITE_URL (development, tests, a server reached by its
 * own address) also the origin the request itself was made to, as there is no one public address to hold it to.
 */
export function originsAllowed(siteUrl: string, requestOrigin: string): Set<string> {
  const site = new URL(siteUrl).origin;
  return isPublicSiteUrl(siteUrl) ? new Set([site]) : new Set([site, requestOrigin]);
}

/** A state-changing request that a browser could have sent from another site: a form post, or one with no type. */
export function isForbiddenCrossOrigin(method: string | undefined, headers: Record<string, string | string[] | undefined>, allowed: Set<string>): boolean {
  if (SAFE.has((method ?? 'GET').toUpperCase())) return false;
  const origin = headers.origin;
  if (typeof origin === 'string' && allowed.has(origin)) return false;
  const type = headers['content-type'];
  if (type === undefined) return true;
  const text = (Array.isArray(type) ? type.join(',') : type).toLowerCase();
  return FORM_TYPES.some((t) => text.includes(t));
}
