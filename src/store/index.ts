// The store's public face for the site, the Studio tools and scripts: the port, the factory and the adapters.
export * from './port.ts';
export { openStore, type StoreConfig } from './open-store.ts';
export { openLocalStore, SeedFileError, LegacyJournalError, type LocalStore, type LocalStoreOptions, type LocalStoreStats } from './local/index.ts';
export { openSanityStore, type SanityStore, type SanityStoreOptions } from './sanity/index.ts';
export { exportToFiles, type ExportedFiles } from './export-files.ts';
