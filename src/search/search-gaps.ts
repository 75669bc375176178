// Searches that found nothing, counted so the team sees gaps — without keeping anything that could identify a person.
import type { Vocabulary } from './vocabulary.ts';

/**
 * The words of a failed search worth keeping, or undefined when it might hold personal data: digits (phone numbers,
 * postcodes, dates of birth), "@" (emails), more than six words (sentences about a child), or any word that is
 * neither on the site nor a common English word (a name: "sarah jones").
 */
export function searchGapKey(query: string, words: Vocabulary): string | undefined {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q || q.length > 60 || /[\d@]/.test(q)) return undefined;
  if (q.split(' ').length > 6) return undefined;
  if (!/^[\p{L}' -]+$/u.test(q)) return undefined;
  if (!q.split(/[ '-]+/).filter(Boolean).every((word) => words.has(word))) return undefined;
  return q;
}
