// Array-item keys and document ids for what the Studio's actions create: random, URL-safe, and injectable in tests.

export type KeyFn = () => string;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A 12-character random key, as the Studio makes for array items (works in the browser and in Node). */
export const randomKey: KeyFn = () => {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
};

/** Lower-case words joined by hyphens, as the model's slug pattern wants; never empty. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'untitled';
}
