// What the embedded store keeps in DATA_DIR, read the way someone with the disk would: every byte of every file.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Every file in DATA_DIR (the database, its WAL and anything else), as one string to search for a sentence. */
export async function everyByteIn(dataDir: string): Promise<string> {
  const out: string[] = [];
  for (const entry of await readdir(dataDir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push((await readFile(join(entry.parentPath, entry.name))).toString('latin1'));
  }
  return out.join('\n');
}

/** A value from the database's meta table, read with a connection of the test's own. */
export function metaValue(dataDir: string, key: string): string | undefined {
  const db = new DatabaseSync(join(dataDir, 'portal.db'), { readOnly: true });
  try {
    return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  } finally {
    db.close();
  }
}

function readDatabase<T>(dataDir: string, read: (db: DatabaseSync) => T, none: T): T {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(join(dataDir, 'portal.db'), { readOnly: true });
  } catch {
    return none; // not created yet: nothing written
  }
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Writes recorded in the change table (of one dataset, or all): unchanged means nothing was written. */
export function changeCount(dataDir: string, dataset?: 'content' | 'feedback'): number {
  return readDatabase(
    dataDir,
    (db) => (dataset ? db.prepare('SELECT count(*) AS n FROM changes WHERE dataset = ?').get(dataset) : db.prepare('SELECT count(*) AS n FROM changes').get()) as { n: number },
    { n: 0 },
  ).n;
}

/** Every stored document of a dataset, as stored (one JSON per line): what the portal kept of what was sent. */
export function storedDocuments(dataDir: string, dataset: 'content' | 'feedback'): string {
  return readDatabase(dataDir, (db) => (db.prepare('SELECT body FROM documents WHERE dataset = ? ORDER BY pos').all(dataset) as { body: string }[]).map((r) => r.body).join('\n'), '');
}
