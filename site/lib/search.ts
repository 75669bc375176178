// The search index for the server-side search page, rebuilt from the store at most once a minute, and the vocabulary a
// failed search must be made of to be counted (the index's words, the glossary's, and common English words).
import { runQuery } from '../../src/queries/define.ts';
import { glossaryQuery } from '../../src/queries/guides.ts';
import { searchSourcesQuery } from '../../src/queries/search.ts';
import { commonWords } from '../../src/search/common-words.ts';
import { toSearchDocument } from '../../src/search/documents.ts';
import { buildSearchIndex, type SearchIndex } from '../../src/search/search-index.ts';
import { tokenize } from '../../src/search/tokenize.ts';
import { vocabulary, type Vocabulary } from '../../src/search/vocabulary.ts';
import { getStore, storeVersion } from './store.ts';
import { registerCache } from '../../src/webhooks/invalidation.ts';

const TTL_MS = 60_000;
let cached: { index: Promise<SearchIndex>; at: number; version: number | undefined } | undefined;
let words: { index: SearchIndex; words: Promise<Vocabulary> } | undefined;
registerCache('search', () => {
  cached = undefined;
});

export function getSearchIndex(): Promise<SearchIndex> {
  const version = storeVersion('content');
  // Content changed by any process since the index was built: build it again now (served once the new one is ready).
  if (!cached || Date.now() - cached.at > TTL_MS || cached.version !== version) {
    const index = getStore()
      .then((store) => runQuery(store, searchSourcesQuery))
      .then((sources) => buildSearchIndex(sources.map(toSearchDocument)));
    index.catch(() => (cached = undefined));
    // Keep serving the previous index until the new one is ready.
    const previous = cached;
    cached = { index: previous ? index.catch(() => previous.index) : index, at: Date.now(), version };
    if (previous) return previous.index;
  }
  return cached.index;
}

/** Made when a search first finds nothing, and again whenever the index is rebuilt. */
export async function getSearchVocabulary(): Promise<Vocabulary> {
  const index = await getSearchIndex();
  if (words?.index !== index) {
    const glossary = getStore().then((store) => runQuery(store, glossaryQuery));
    const made = glossary.then((terms) => vocabulary([...index.postings.keys(), ...terms.flatMap((t) => tokenize([t.term, ...t.aliases].join(' ')))], commonWords()));
    made.catch(() => (words = undefined));
    words = { index, words: made };
  }
  return words.words;
}
