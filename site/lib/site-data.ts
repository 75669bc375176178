// Data the page frame needs on every page, fetched once per build or server process.
import { runQuery } from '../../src/queries/define.ts';
import { siteSettingsQuery } from '../../src/queries/site.ts';
import type { SiteSettings } from '../../src/model/index.ts';
import { getStore } from './store.ts';
import { registerCache } from '../../src/webhooks/invalidation.ts';

let settings: Promise<SiteSettings> | undefined;
registerCache('siteSettings', () => {
  settings = undefined;
});

export function getSiteSettings(): Promise<SiteSettings> {
  settings ??= getStore().then((store) => runQuery(store, siteSettingsQuery));
  return settings;
}
