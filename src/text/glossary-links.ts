// Marks up glossary terms in running text and links them to their definition: the first use on a page only.
import { escapeHtml } from './escape.ts';

export interface GlossaryEntry {
  term: string;
  slug: string;
  definition: string;
  aliases: string[];
}

interface Matcher {
  regex: RegExp;
  bySurface: Map<string, GlossaryEntry>;
}

const isAcronym = (s: string) => /^[A-Z0-9&]{2,}s?$/.test(s);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex over every term and alias, longest first so "EHC needs assessment" wins over "EHC". */
export function buildMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const bySurface = new Map<string, GlossaryEntry>();
  const surfaces: string[] = [];
  for (const entry of entries) {
    for (const surface of [entry.term, ...entry.aliases]) {
      if (surface.length < 2) continue;
      // Acronyms match exactly ("OT", not "ot" in "not"); words match whatever their case.
      bySurface.set(isAcronym(surface) ? surface : surface.toLowerCase(), entry);
      surfaces.push(surface);
    }
  }
  surfaces.sort((a, b) => b.length - a.length);
  const parts = surfaces.map((s) => (isAcronym(s) ? `(?-i:${escapeRegex(s)})` : escapeRegex(s)));
  const regex = parts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : /(?!)/g;
  return { regex, bySurface };
}

/**
 * A text transform for renderPortableText and plain fields: escapes the text and wraps each glossary term's first
 * appearance (tracked in `seen`, shared across a page) in a link to its definition.
 */
export function glossaryLinker(matcher: Matcher, seen: Set<string> = new Set()): (text: string) => string {
  return (text: string) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(matcher.regex)) {
      const surface = match[0];
      const entry = matcher.bySurface.get(surface) ?? matcher.bySurface.get(surface.toLowerCase());
      if (!entry || seen.has(entry.slug)) continue;
      seen.add(entry.slug);
      out += escapeHtml(text.slice(last, match.index));
      out += `<a class="govuk-link app-glossary-term" href="/glossary/#${entry.slug}" title="${escapeHtml(entry.definition.slice(0, 160))}">${escapeHtml(surface)}</a>`;
      last = match.index + surface.length;
    }
    return out + escapeHtml(text.slice(last));
  };
}
