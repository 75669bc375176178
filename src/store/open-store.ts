// Choose the store for this run: Sanity when a project is configured, otherwise the embedded local store.
import { openLocalStore, type LocalStore } from './local/index.ts';
import { openSanityStore, type SanityStore } from './sanity/index.ts';

export interface StoreConfig {
  /** Present when SANITY_PROJECT_ID is set (the shape src/config produces). */
  sanity?: {
    projectId: string;
    dataset: string;
    feedbackDataset: string;
    apiVersion: string;
    readToken?: string;
    writeToken?: string;
    apiHost?: string;
    useCdn?: boolean;
  };
  /** The local store's write journal folder (DATA_DIR). */
  dataDir: string;
  /** The local store's seed NDJSON folder (CONTENT_DIR). */
  contentDir: string;
  /** The portal's clock (TEST_TODAY in tests): the day a new embedded store moves the sample to. */
  now?: () => Date;
}

export async function openStore(config: StoreConfig): Promise<LocalStore | SanityStore> {
  if (config.sanity) {
    const { projectId, dataset, feedbackDataset, apiVersion, readToken, writeToken, apiHost, useCdn } = config.sanity;
    return openSanityStore({ projectId, dataset, feedbackDataset, apiVersion, readToken, writeToken, apiHost, useCdn });
  }
  return openLocalStore({ dataDir: config.dataDir, contentDir: config.contentDir, now: config.now });
}


