export { openSqliteStore, type SqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';
export { DATABASE_FILE, openDatabase } from './database.ts';
