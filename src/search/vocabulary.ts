// The words a failed search may be kept by: the site's own (its services, guides and glossary, as the search index
// holds them) and common English words. A query with any other word (a name, a made-up word) is not kept at all.
import { stem, tokenize } from './tokenize.ts';

export interface Vocabulary {
  /** Whether a word (as typed, any case) is one the site uses or a common English word. */
  has(word: string): boolean;
}

/** `siteTokens` are search tokens (tokenize's output); `common` is lower-case words. */
export function vocabulary(siteTokens: Iterable<string>, common: ReadonlySet<string>): Vocabulary {
  const site = new Set(siteTokens);
  return {
    has(word) {
      const lower = word.toLowerCase();
      if (common.has(lower)) return true;
      // Compared as the index compares: accents folded, plural and -ing endings off. A common word ("the") has no token.
      const tokens = tokenize(lower);
      return tokens.length > 0 && tokens.every((t) => site.has(t) || site.has(stem(t)));
    },
  };
}
