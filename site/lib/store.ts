// The site's one store, opened lazily from the environment (embedded store unless Sanity is configured).
import { parseConfig, type Config } from '../../src/config/env.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { ContentStore } from '../../src/store/port.ts';

let config: Config | undefined;
let store: Promise<ContentStore> | undefined;

export function getConfig(): Config {
  config ??= parseConfig(process.env);
  return config;
}

export function getStore(): Promise<ContentStore> {
  store ??= (async () => {
    const c = getConfig();
    return openStore({ sanity: c.sanity, dataDir: c.dataDir, contentDir: c.contentDir });
  })();
  return store;
}
