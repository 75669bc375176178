// The site's one store, opened lazily from the environment (embedded store unless Sanity is configured).
import { openStore } from '../../src/store/open-store.ts';
import type { ContentStore } from '../../src/store/port.ts';
import { getConfig, now } from './config.ts';

let store: Promise<ContentStore> | undefined;

export function getStore(): Promise<ContentStore> {
  store ??= (async () => {
    const c = getConfig();
    return openStore({ sanity: c.sanity, dataDir: c.dataDir, contentDir: c.contentDir, now });
  })();
  return store;
}
