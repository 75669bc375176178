export { openSqliteStore, type SqliteStore, type SqliteStoreOptions, type SqliteStoreStats } from './sqlite-store.ts';
export { DATABASE_FILE, openDatabase } from './database.ts';
