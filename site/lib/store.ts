// The site's one store, opened lazily from the environment (embedded store unless Sanity is configured).
import { openStore } from '../../src/store/open-store.ts';
import type { ContentStore, DatasetName } from '../../src/store/port.ts';
import { getConfig, now } from './config.ts';

let store: Promise<ContentStore> | undefined;
let opened: (ContentStore & { version?: (dataset: DatasetName) => number }) | undefined;

export function getStore(): Promise<ContentStore> {
  store ??= (async () => {
    const c = getConfig();
    const s = await openStore({ sanity: c.sanity, dataDir: c.dataDir, contentDir: c.contentDir, now });
    opened = s;
    return s;
  })();
  return store;
}

/**
 * The embedded store's newest change to a dataset, by any process (the server, `npm run moderate`, `purge`): a cache
 * that read at another version is out of date, so the next request shows the change. Undefined with Sanity (its
 * changes arrive by webhook) and before the store is open.
 */
export function storeVersion(dataset: DatasetName): number | undefined {
  return opened?.version?.(dataset);
}
