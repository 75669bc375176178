// Jargon warnings: words in service and guide text that look like abbreviations (two or more capitals) but have no
// glossary term or alias, so the site cannot link them to the jargon buster and families are left guessing.
import { portableTextToPlain } from '../../src/text/portable-text.ts';
import type { PortableText } from '../../src/model/index.ts';

export interface GlossarySurface {
  term: string;
  aliases?: readonly string[] | null;
}

/** Abbreviations almost every reader knows; they never need a glossary entry. */
export const WELL_KNOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(['UK', 'NHS', 'GP', 'GPs', 'OK', 'TV', 'ID', 'IT', 'PE', 'A&E', 'BBC', 'PDF', 'CV']);

// Postcodes, web and email addresses are not jargon: take them out before looking for abbreviations.
const NOT_TEXT = [
  /\bGOV\.UK\b/gi,
  /\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b/g,
  /\bhttps?:\/\/\S+/gi,
  /\bwww\.\S+/gi,
  /\S+@\S+\.\S+/g,
];
// A word of letters, digits and "&" starting with a capital, not inside a longer word.
const WORD = /(?<![\p{L}\p{N}&])[A-Z][A-Za-z0-9&]*(?![\p{L}\p{N}&])/gu;

/** True for a word that reads as an abbreviation: two or more capitals, and at least as many capitals as small letters. */
export function looksLikeAbbreviation(word: string): boolean {
  const upper = (word.match(/[A-Z]/g) ?? []).length;
  const lower = (word.match(/[a-z]/g) ?? []).length;
  return upper >= 2 && upper >= lower;
}

/** The abbreviations in a text, in order of first appearance, without repeats. */
export function abbreviationsIn(text: string): string[] {
  let cleaned = text;
  for (const pattern of NOT_TEXT) cleaned = cleaned.replace(pattern, ' ');
  const found: string[] = [];
  for (const [word] of cleaned.matchAll(WORD)) if (looksLikeAbbreviation(word) && !found.includes(word)) found.push(word);
  return found;
}

export interface GlossaryIndex {
  /** Every term and alias, lower-cased ("SENCo" and "SENCO" are the same entry). */
  spellings: Set<string>;
  /** Terms and aliases of several words, e.g. "EHC needs assessment": an abbreviation inside one is explained by it. */
  phrases?: RegExp;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function glossaryIndex(glossary: readonly GlossarySurface[]): GlossaryIndex {
  const spellings = new Set<string>();
  const phrases: string[] = [];
  for (const entry of glossary) {
    for (const raw of [entry.term, ...(entry.aliases ?? [])]) {
      const surface = raw.trim();
      if (!surface) continue;
      spellings.add(surface.toLowerCase());
      if (/\s/.test(surface)) phrases.push(surface);
    }
  }
  phrases.sort((a, b) => b.length - a.length);
  return {
    spellings,
    ...(phrases.length ? { phrases: new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'giu') } : {}),
  };
}

function explained(word: string, spellings: ReadonlySet<string>): boolean {
  if (WELL_KNOWN_ABBREVIATIONS.has(word)) return true;
  const lower = word.toLowerCase();
  // "EHCPs" is the plural of "EHCP".
  return spellings.has(lower) || (/[A-Z]s$/.test(word) && spellings.has(lower.slice(0, -1)));
}

/** The abbreviations in a text that neither the glossary (a word or a phrase) nor the well-known list explains. */
export function unexplainedAbbreviations(text: string, index: GlossaryIndex): string[] {
  const rest = index.phrases ? text.replace(index.phrases, ' ') : text;
  return abbreviationsIn(rest).filter((word) => !explained(word, index.spellings));
}

export interface TextField {
  /** The field's path in the document, e.g. ["access", "howToAccess"]. */
  path: (string | number)[];
  text: string;
}

export interface JargonProblem {
  path: (string | number)[];
  words: string[];
  message: string;
}

export function jargonMessage(words: readonly string[]): string {
  const list = words.map((w) => `"${w}"`).join(', ');
  return words.length === 1
    ? `${list} looks like jargon with no glossary entry. Add it to the glossary (as a term or under "Also written as"), or write it out in full.`
    : `${list} look like jargon with no glossary entries. Add them to the glossary (as terms or under "Also written as"), or write them out in full.`;
}

/** One problem per field that uses unexplained abbreviations. */
export function findJargon(fields: readonly TextField[], glossary: readonly GlossarySurface[]): JargonProblem[] {
  const index = glossaryIndex(glossary);
  return fields.flatMap(({ path, text }) => {
    const words = unexplainedAbbreviations(text, index);
    return words.length ? [{ path, words, message: jargonMessage(words) }] : [];
  });
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const blocks = (v: unknown) => (Array.isArray(v) ? portableTextToPlain(v.filter((b) => b && b._type === 'block' && Array.isArray(b.children)) as PortableText) : '');

/** The text families read on a service page, field by field. */
export function serviceTextFields(doc: Record<string, unknown>): TextField[] {
  const access = (doc.access ?? {}) as Record<string, unknown>;
  const cost = (doc.cost ?? {}) as Record<string, unknown>;
  const schedule2 = (doc.schedule2 ?? {}) as Record<string, unknown>;
  const fields: TextField[] = [
    { path: ['title'], text: str(doc.title) },
    { path: ['summary'], text: str(doc.summary) },
    { path: ['description'], text: blocks(doc.description) },
    { path: ['eligibility'], text: str(doc.eligibility) },
    { path: ['cost', 'details'], text: str(cost.details) },
    { path: ['access', 'howToAccess'], text: str(access.howToAccess) },
    { path: ['scheduleNote'], text: str(doc.scheduleNote) },
    { path: ['accessibility'], text: str(doc.accessibility) },
    ...Object.entries(schedule2).map(([key, value]) => ({ path: ['schedule2', key], text: str(value) })),
  ];
  return fields.filter((f) => f.text);
}

/** The text of a guide, field by field. */
export function guideTextFields(doc: Record<string, unknown>): TextField[] {
  return [
    { path: ['title'], text: str(doc.title) },
    { path: ['summary'], text: str(doc.summary) },
    { path: ['body'], text: blocks(doc.body) },
  ].filter((f) => f.text);
}
