// The embedded store's SQLite file (decision 007): its tables, and the settings every connection to it uses.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export const DATABASE_FILE = 'portal.db';
/** A database that lives only as long as its process (tests and tools that must not touch DATA_DIR). */
export const IN_MEMORY = ':memory:';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  dataset TEXT NOT NULL,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  rev TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  pos INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (dataset, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS documents_by_type ON documents (dataset, type, pos);
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  dataset TEXT NOT NULL,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete')),
  previous_rev TEXT,
  rev TEXT,
  at TEXT NOT NULL,
  transaction_id TEXT NOT NULL,
  snapshot TEXT
);
CREATE INDEX IF NOT EXISTS changes_by_document ON changes (dataset, id);
CREATE INDEX IF NOT EXISTS changes_by_dataset ON changes (dataset, seq);
CREATE TABLE IF NOT EXISTS tallies (
  measure TEXT NOT NULL,
  quarter INTEGER NOT NULL,
  grouping TEXT NOT NULL,
  grp TEXT NOT NULL,
  n INTEGER NOT NULL,
  positive INTEGER NOT NULL,
  PRIMARY KEY (measure, quarter, grouping, grp)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS published_quarters (
  measure TEXT NOT NULL,
  quarter INTEGER NOT NULL,
  grouping TEXT NOT NULL,
  grp TEXT NOT NULL,
  n INTEGER NOT NULL,
  positive INTEGER NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (measure, quarter, grouping, grp)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/**
 * Open (creating if need be) the database with the settings decision 007 requires of every process: WAL so readers
 * never wait for the writer, a full fsync before a write is acknowledged, deleted bytes overwritten, and a wait of up
 * to 5 s for another process's write rather than an immediate "database is locked".
 */
export function openDatabase(file: string): DatabaseSync {
  if (file !== IN_MEMORY) mkdirSync(dirname(file), { recursive: true });
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}. Check that DATA_DIR exists and this user can write to it.`, { cause: error });
  }
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA secure_delete = ON');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec(SCHEMA);
  } catch (error) {
    db.close();
    throw new Error(`${file}: ${(error as Error).message}. If the file is damaged, restore it from a backup (npm run restore).`, { cause: error });
  }
  return db;
}

/** Run `body` as one write transaction, taking the write lock at the start so two processes never deadlock. */
export function inWriteTransaction<T>(db: DatabaseSync, body: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = body();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
