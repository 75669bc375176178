// The Local Offer catalogue held in memory: listings, vocabularies and postcode districts, refreshed every minute.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PostcodeDistricts, type PostcodeDistrict } from '../../src/local-offer/postcode.ts';
import type { ServiceListing } from '../../src/local-offer/listing.ts';
import { runQuery } from '../../src/queries/define.ts';
import { serviceListingsQuery, vocabularyQuery } from '../../src/queries/local-offer.ts';
import { getConfig } from './config.ts';
import { getStore, storeVersion } from './store.ts';
import { registerCache } from '../../src/webhooks/invalidation.ts';

export interface Catalogue {
  listings: ServiceListing[];
  phases: { slug: string; title: string; minAge: number; maxAge: number; summary: string }[];
  categories: { slug: string; title: string; description?: string }[];
  needs: { slug: string; title: string; description?: string }[];
  districts: PostcodeDistrict[];
  /** Localities, in the order of the districts table. */
  areas: string[];
  loadedAt: number;
}

const TTL_MS = 60_000;
let cached: Promise<Catalogue> | undefined;
let refreshing = false;
let loadedVersion: number | undefined;
// A publish webhook drops the cached catalogue so the next request reloads it.
registerCache('catalogue', () => {
  cached = undefined;
});

async function load(): Promise<Catalogue> {
  const store = await getStore();
  loadedVersion = storeVersion('content');
  const [listings, vocab, districtsJson] = await Promise.all([
    runQuery(store, serviceListingsQuery),
    runQuery(store, vocabularyQuery),
    readFile(join(getConfig().contentDir, 'postcode-districts.json'), 'utf8'),
  ]);
  const districts = PostcodeDistricts.parse(JSON.parse(districtsJson));
  return { listings, ...vocab, districts, areas: [...new Set(districts.map((d) => d.area))], loadedAt: Date.now() };
}

/** Served from memory; a stale copy is replaced in the background so no request waits on a reload. */
export async function getCatalogue(): Promise<Catalogue> {
  // Changed by any process since it was read (an edit, an import): read again now, not within the minute.
  if (storeVersion('content') !== loadedVersion) cached = undefined;
  if (!cached) {
    cached = load();
    cached.catch(() => (cached = undefined));
    return cached;
  }
  const current = await cached;
  if (Date.now() - current.loadedAt > TTL_MS && !refreshing) {
    refreshing = true;
    load()
      .then((c) => (cached = Promise.resolve(c)))
      .catch(() => undefined)
      .finally(() => (refreshing = false));
  }
  return current;
}
