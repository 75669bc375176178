// The embedded store's public face: SQLite underneath (decision 007); the rest of this folder is the GROQ engine and
// the seed files it shares with the Sanity-mode tools.
export {
  openSqliteStore as openLocalStore,
  type SqliteStore as LocalStore,
  type SqliteStoreOptions as LocalStoreOptions,
  type SqliteStoreStats as LocalStoreStats,
} from '../sqlite/sqlite-store.ts';
export { LegacyJournalError } from '../sqlite/legacy-journals.ts';
export { SeedFileError } from './seed-file.ts';
export { exportToFiles, type ExportedFiles } from '../export-files.ts';
