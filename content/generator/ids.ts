// Document ids, slugs and references, built one way everywhere so every reference points at a real id.

/**
 * Ids are `<type>-<slug>` (e.g. `service-portage-home-visiting`): readable and stable between runs.
 * Not ".": Sanity treats ids with a "." as being on a sub-path, readable only with a token, and the site
 * must be able to read published content without one.
 */
export const SEPARATOR = '-';

export function docId(type: string, slug: string): string {
  return `${type}${SEPARATOR}${slug}`;
}

/** Lower-case words joined by hyphens, as the model's Slug requires; "St Aidan's" → "st-aidans". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function slug(current: string): { _type: 'slug'; current: string } {
  return { _type: 'slug', current };
}

export interface Ref {
  _type: 'reference';
  _ref: string;
  _key?: string;
  _weak?: boolean;
}

export function ref(id: string): Ref {
  return { _type: 'reference', _ref: id };
}

/**
 * A reference to a document in the other dataset (feedback → content): weak, so `sanity dataset import`
 * does not fail trying to make it strong, and integrity checks accept it on its own.
 */
export function crossRef(id: string): Ref {
  return { _type: 'reference', _ref: id, _weak: true };
}

/** A reference inside an array: Sanity needs a `_key` on every array item; the target id makes a stable one. */
export function refItem(id: string, weak = false): Ref {
  return { _type: 'reference', _ref: id, _key: keyOf(id), ...(weak ? { _weak: true } : {}) };
}

export function refItems(ids: readonly string[], weak = false): Ref[] {
  return ids.map((id) => refItem(id, weak));
}

/** Array `_key`s from readable text: unique within their array because the text is. */
export function keyOf(text: string): string {
  return text.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '');
}

/** A slug not used before in `taken`: adds -2, -3 … when needed, and records the result. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}
