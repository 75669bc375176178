// Decision 007's erasure on the embedded store: the rows to delete in the erasing transaction, and the WAL emptied
// after it, so that no page of portal.db or its WAL still holds the erased bytes.
import type { DatabaseSync } from 'node:sqlite';
import type { Erasure } from '../port.ts';

/** Most erasure-log entries kept in `meta` (ids and reasons only): enough to re-run every erasure since a backup. */
export const ERASURE_LOG_LIMIT = 10_000;

export interface ErasureLogEntry {
  at: string;
  reason: string;
  ids: string[];
}

/**
 * Inside the caller's transaction: delete the documents and every change row about them, then record one delete per
 * id (so other processes' version numbers move on, and the id alone says nothing about anyone). Public history rows
 * holding a quote of them lose their snapshot. The ids go in the erasure log, for `npm run restore`.
 */
export function eraseRows(db: DatabaseSync, docs: readonly { id: string; type: string }[], erasure: Erasure, at: string): void {
  const removeDoc = db.prepare("DELETE FROM documents WHERE dataset = 'feedback' AND id = ?");
  const removeHistory = db.prepare("DELETE FROM changes WHERE dataset = 'feedback' AND id = ?");
  const record = db.prepare("INSERT INTO changes (dataset, id, type, kind, previous_rev, rev, at, transaction_id, snapshot) VALUES ('feedback', ?, ?, 'delete', NULL, NULL, ?, 'erasure', NULL)");
  for (const { id, type } of docs) {
    removeDoc.run(id);
    removeHistory.run(id);
    record.run(id, type, at);
  }
  const forgetQuote = db.prepare("UPDATE changes SET snapshot = NULL WHERE dataset = 'content' AND snapshot IS NOT NULL AND instr(snapshot, ?) > 0");
  for (const prefix of erasure.quoteKeyPrefixes) forgetQuote.run(`"_key":${JSON.stringify(prefix).slice(0, -1)}`);
  if (docs.length > 0) appendErasureLog(db, { at, reason: erasure.reason, ids: docs.map((d) => d.id) });
}

export function readErasureLog(db: DatabaseSync): ErasureLogEntry[] {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'erasure_log'").get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as ErasureLogEntry[]) : [];
}

function appendErasureLog(db: DatabaseSync, entry: ErasureLogEntry): void {
  const log = [...readErasureLog(db), entry].slice(-ERASURE_LOG_LIMIT);
  db.prepare("INSERT INTO meta (key, value) VALUES ('erasure_log', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify(log));
}

/**
 * Copy the WAL into the database and truncate it to nothing. A reader in another process holding an old snapshot
 * stops it part-way; it is tried again for up to a second (readers' snapshots last a query), and the result says
 * whether the WAL is empty.
 */
export function truncateWal(db: DatabaseSync): boolean {
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number } | undefined;
    if (!result || result.busy === 0) return true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  return false;
}
