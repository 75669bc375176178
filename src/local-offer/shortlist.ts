// The shortlist lives in a cookie in the family's own browser: no account, nothing stored on our side.
export const SHORTLIST_COOKIE = 'shortlist';
export const SHORTLIST_MAX = 30;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Read the cookie value; anything that is not a list of slugs is ignored rather than trusted. */
export function parseShortlist(raw: string | undefined): string[] {
  if (!raw) return [];
  return [...new Set(raw.split('.').filter((s) => s.length <= 100 && SLUG.test(s)))].slice(0, SHORTLIST_MAX);
}

export function serializeShortlist(slugs: readonly string[]): string {
  return slugs.join('.');
}

export type ShortlistChange = { ok: true; slugs: string[] } | { ok: false; error: string };

export function changeShortlist(current: readonly string[], action: string, slug: string, known: (slug: string) => boolean): ShortlistChange {
  if (!SLUG.test(slug) || !known(slug)) return { ok: false, error: 'That service could not be found' };
  if (action === 'remove') return { ok: true, slugs: current.filter((s) => s !== slug) };
  if (action !== 'add') return { ok: false, error: 'Choose to add or remove a service' };
  if (current.includes(slug)) return { ok: true, slugs: [...current] };
  if (current.length >= SHORTLIST_MAX) return { ok: false, error: `Your shortlist can hold up to ${SHORTLIST_MAX} services. Remove one to add another.` };
  return { ok: true, slugs: [...current, slug] };
}
