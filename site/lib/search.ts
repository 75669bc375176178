// The search index for the server-side search page, rebuilt from the store at most once a minute.
import { runQuery } from '../../src/queries/define.ts';
import { searchSourcesQuery } from '../../src/queries/search.ts';
import { toSearchDocument } from '../../src/search/documents.ts';
import { buildSearchIndex, type SearchIndex } from '../../src/search/search-index.ts';
import { getStore, storeVersion } from './store.ts';
import { registerCache } from '../../src/webhooks/invalidation.ts';

const TTL_MS = 60_000;
let cached: { index: Promise<SearchIndex>; at: number; version: number | undefined } | undefined;
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
