// RFC 8058 one-click unsubscribe: how to recognise a mail program's unsubscribe post, which comes from another origin.
export const UNSUBSCRIBE_PATH = '/subscribe/unsubscribe/';
export const ONE_CLICK_BODY = 'List-Unsubscribe=One-Click';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * A mail program posts `List-Unsubscribe=One-Click` to the List-Unsubscribe link from its own servers: no Origin, or
 * not ours. Astro's origin check would refuse it before any page runs, so the request path vouches for these (see
 * edgeRefusalStep in src/http/pipeline.ts) and the unsubscribe page handles them like its own button. Only the exact unsubscribe path with a
 * token qualifies; the signed token is what authorises it, so such a post can do no more than the page's button.
 */
export function isOneClickUnsubscribe(request: Request): boolean {
  if (request.method !== 'POST') return false;
  const url = new URL(request.url);
  if (url.pathname !== UNSUBSCRIBE_PATH || !url.searchParams.get('token')) return false;
  if (request.headers.get('origin') === url.origin) return false;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  return FORM_TYPES.some((t) => type.startsWith(t));
}
