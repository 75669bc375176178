// The local adapter's public face: open the embedded store; the rest of the folder is its parts.
export { openLocalStore, type LocalStore, type LocalStoreOptions, type LocalStoreStats } from './local-store.ts';
export { SeedFileError } from './seed-file.ts';
export { JournalCorruptError, type JournalStats } from './journal.ts';
export { exportToFiles, type ExportedFiles } from '../export-files.ts';
