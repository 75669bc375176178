// Decision 007's backups of the embedded store: a consistent copy taken while the portal runs, and putting one back
// with the portal stopped, without bringing back anything erased since the copy was made.
import { randomUUID } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { syncDirectory } from '../../fs/durable.ts';
// The one rule for which quotes came from a response, shared with "delete my answers" so the two never drift apart.
import { quoteKeyPrefix } from '../../surveys/moderation.ts';
import { newRevision } from '../documents.ts';
import { DATABASE_FILE, inWriteTransaction, openDatabase } from './database.ts';
import { ERASURE_LOG_LIMIT, eraseRows, readErasureLog, truncateWal, type ErasureLogEntry } from './erasure.ts';

/** A backup or restore that was refused: one line saying which file, what is wrong and what to do. Nothing changed. */
export class BackupError extends Error {
  constructor(message: string) {
    super(`${message}; nothing was changed.`);
    this.name = 'BackupError';
  }
}

const PORTAL_TABLES = ['documents', 'changes', 'meta'] as const;
const MADE_BY_BACKUP = 'give the path of a file made by npm run backup';

/**
 * Copy the database into a new file. VACUUM INTO reads one snapshot, so the copy is consistent while other processes
 * keep writing (in WAL they are not held up), and it holds only live rows: no freed page, so nothing erased.
 */
export async function backupTo(db: DatabaseSync, file: string): Promise<{ bytes: number }> {
  if (existsSync(file)) throw new BackupError(`${file} already exists: a backup never overwrites a file, so give a new name`);
  await mkdir(dirname(file), { recursive: true });
  try {
    db.prepare('VACUUM INTO ?').run(file);
    await syncFile(file);
  } catch (error) {
    // Checked above that it was not there: whatever is there now is this run's unfinished copy.
    await rm(file, { force: true });
    throw error;
  }
  await syncDirectory(dirname(file));
  return { bytes: (await stat(file)).size };
}

export interface RestoreReport {
  /** Where the database that was replaced is kept, if there was one. */
  keptAs?: string;
  /** Erasure-log entries recorded after the backup was made, applied to it again. */
  reapplied: number;
  /** Documents in the backup that those erasures removed. */
  erased: number;
}

/**
 * Put a backup in place of DATA_DIR/portal.db. The backup is checked and the erasures are re-run on a copy beside the
 * database, then that copy is renamed over it, so portal.db is at every moment either the old database or the whole,
 * already-erased new one. The old one is kept (hard-linked, so it costs no space) as portal.db.before-restore-<time>.
 */
export async function restoreFrom(dataDir: string, file: string, options: { now?: () => Date } = {}): Promise<RestoreReport> {
  const now = options.now ?? (() => new Date());
  await checkBackup(file);
  const live = join(dataDir, DATABASE_FILE);
  const stamp = now().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const keptAs = `${live}.before-restore-${stamp}`;
  const hasLive = existsSync(live);
  if (hasLive && existsSync(keptAs)) throw new BackupError(`${keptAs} already exists: wait a second and run npm run restore again`);

  const liveDb = hasLive ? lockLive(live) : undefined;
  const staged = `${live}.restoring-${randomUUID()}`;
  let keptOnly = false;
  try {
    const liveLog = liveDb ? readLiveLog(liveDb, live) : [];
    await mkdir(dataDir, { recursive: true });
    await copyFile(file, staged, constants.COPYFILE_EXCL);
    const { reapplied, erased } = reapplyErasures(staged, file, liveLog, now().toISOString());
    await removeSidecars(staged);
    await syncFile(staged);
    if (liveDb) {
      foldInWal(liveDb, live);
      await keepLive(live, keptAs);
      keptOnly = true;
    }
    await rename(staged, live);
    keptOnly = false;
    await syncDirectory(dataDir);
    return { keptAs: hasLive ? keptAs : undefined, reapplied, erased };
  } catch (error) {
    if (liveDb?.isOpen) liveDb.close();
    // portal.db is still the old database: a second name for it would only be a stray copy of everything in it.
    if (keptOnly) await rm(keptAs, { force: true });
    await rm(staged, { force: true });
    await removeSidecars(staged);
    throw error;
  }
}

/**
 * Refuse anything that is not a whole portal database, before a byte of DATA_DIR is touched. It is read as immutable:
 * a read-only SQLite connection would still leave -wal and -shm files beside a WAL-mode file (a before-restore copy).
 */
async function checkBackup(file: string): Promise<void> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new BackupError(`${file} is not a file: ${MADE_BY_BACKUP}`);
    size = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError(`${file}: no such file: ${MADE_BY_BACKUP}`);
    throw error;
  }
  const wal = await stat(`${file}-wal`).catch(() => undefined);
  if (wal && wal.size > 0) {
    throw new BackupError(`${file} has a write-ahead log beside it (${file}-wal), so it is a database in use, not a backup: back it up with npm run backup and restore that`);
  }
  const expected = await expectedSize(file, size);
  if (expected > size) throw new BackupError(`${file} is cut short (${size} of ${expected} bytes): the copy is incomplete, so restore another backup`);

  const url = pathToFileURL(file);
  url.searchParams.set('immutable', '1');
  const db = new DatabaseSync(url, { readOnly: true });
  try {
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missing = PORTAL_TABLES.find((t) => !tables.has(t));
    if (missing) throw new BackupError(`${file} is an SQLite database but not a portal backup (it has no ${missing} table): ${MADE_BY_BACKUP}`);
    const problem = (db.prepare('PRAGMA integrity_check(1)').get() as { integrity_check: string }).integrity_check;
    if (problem !== 'ok') throw new BackupError(`${file} is damaged (${problem}): restore another backup`);
    if (!db.prepare("SELECT 1 FROM meta WHERE key = 'created_on'").get()) {
      throw new BackupError(`${file} is not a portal backup (its meta table has no created_on): ${MADE_BY_BACKUP}`);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const message = (error as Error).message;
    if (/not a database/.test(message)) throw new BackupError(`${file} is not a portal backup (it is not an SQLite database): ${MADE_BY_BACKUP}`);
    throw new BackupError(`${file} is damaged (${message}): restore another backup`);
  } finally {
    db.close();
  }
}

/**
 * The size the database header says the file has, so a copy cut off part-way is named as such rather than as
 * "malformed". The header's page count is trusted only when its change counter says it is current, as SQLite does.
 */
async function expectedSize(file: string, size: number): Promise<number> {
  const fh = await open(file, 'r');
  const header = Buffer.alloc(100);
  try {
    await fh.read(header, 0, 100, 0);
  } finally {
    await fh.close();
  }
  if (size < 100 || !header.subarray(0, 16).equals(Buffer.from('SQLite format 3\0', 'latin1'))) {
    throw new BackupError(`${file} is not a portal backup (it is not an SQLite database): ${MADE_BY_BACKUP}`);
  }
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = header.readUInt32BE(28);
  const current = header.readUInt32BE(24) === header.readUInt32BE(92);
  return current && pages > 0 ? pages * pageSize : Math.ceil(size / pageSize) * pageSize;
}

/**
 * Take the live database so no other process can have it open, or refuse. `BEGIN EXCLUSIVE` is no test in WAL mode:
 * it shuts out writers only, and an idle portal is not writing. But a WAL connection keeps a shared lock on the
 * database file from its first read until it closes, and a connection in EXCLUSIVE locking mode needs the exclusive
 * lock for its first read: with busy_timeout 0 that read fails at once while any other connection is open, idle or
 * busy, in this process or another. Held until close, it also keeps a portal started meanwhile from opening it.
 */
function lockLive(live: string): DatabaseSync {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(live);
    db.exec('PRAGMA busy_timeout = 0');
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    if (db?.isOpen) db.close();
    if (/locked|busy/i.test((error as Error).message)) {
      throw new BackupError(`${live} is open in another process (the portal, or a command such as npm run moderate): stop it, then run npm run restore again`);
    }
    throw new BackupError(`${live} cannot be opened (${(error as Error).message}): move it out of DATA_DIR yourself if it is beyond repair, then run npm run restore again`);
  }
}

/** The live database's erasures, read before it is replaced: without them, restoring would bring erased answers back. */
function readLiveLog(db: DatabaseSync, live: string): ErasureLogEntry[] {
  try {
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
    return hasMeta ? readErasureLog(db) : [];
  } catch (error) {
    throw new BackupError(
      `${live}: its erasure log cannot be read (${(error as Error).message}), so erasures made since the backup could not be applied again: recover the database first (sqlite3 ${live} .recover)`,
    );
  }
}

const entryKey = (e: ErasureLogEntry) => JSON.stringify([e.at, e.reason, e.ids]);

/**
 * On the staged copy: erase again everything the live database's log erased that the backup's log has not, the same
 * way the store erases (quotes first, then eraseRows, then the WAL emptied), and keep both logs. The tallies are
 * left to be recounted from the restored responses the next time the store needs them.
 */
function reapplyErasures(staged: string, backup: string, liveLog: readonly ErasureLogEntry[], at: string): { reapplied: number; erased: number } {
  let db: DatabaseSync;
  try {
    db = openDatabase(staged);
  } catch (error) {
    throw new BackupError(`${backup} could not be opened as a database (${(error as Error).message}): restore another backup`);
  }
  try {
    let erased = 0;
    let pending: ErasureLogEntry[] = [];
    inWriteTransaction(db, () => {
      const backupLog = readErasureLog(db);
      const known = new Set(backupLog.map(entryKey));
      pending = liveLog.filter((e) => !known.has(entryKey(e)));
      const present = db.prepare("SELECT id, type FROM documents WHERE dataset = 'feedback' AND id = ?");
      for (const entry of pending) {
        const prefixes = entry.ids.map(quoteKeyPrefix);
        withdrawQuotes(db, prefixes, at);
        const docs = entry.ids.map((id) => present.get(id) as { id: string; type: string } | undefined).filter((d) => d !== undefined);
        eraseRows(db, docs, { reason: entry.reason, quoteKeyPrefixes: prefixes }, entry.at);
        erased += docs.length;
      }
      // eraseRows logged each re-run as new; the log that is kept is the backup's with the live one's later entries.
      const merged = [...backupLog, ...pending].slice(-ERASURE_LOG_LIMIT);
      db.prepare("INSERT INTO meta (key, value) VALUES ('erasure_log', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify(merged));
      // Tallies count the responses as they were when the backup was made: dropping the mark makes the store recount.
      db.exec("DELETE FROM meta WHERE key = 'tallies_counted_by'");
    });
    if (!truncateWal(db)) throw new Error(`${staged}: its write-ahead log could not be emptied`);
    return { reapplied: pending.length, erased };
  } finally {
    db.close();
  }
}

/**
 * Take quotes of erased responses off every "You said, we did" page that holds them, as eraseFeedback does through
 * the store before erasing: a new revision and a change row, so the page's history shows it. The quote's text is
 * then only in older snapshots, which eraseRows clears.
 */
function withdrawQuotes(db: DatabaseSync, prefixes: readonly string[], at: string): void {
  const pages = db.prepare("SELECT id, type, rev, body FROM documents WHERE dataset = 'content' AND type = 'youSaidWeDid' AND instr(body, ?) > 0");
  const update = db.prepare("UPDATE documents SET rev = ?, updated_at = ?, body = ? WHERE dataset = 'content' AND id = ?");
  const record = db.prepare("INSERT INTO changes (dataset, id, type, kind, previous_rev, rev, at, transaction_id, snapshot) VALUES ('content', ?, ?, 'update', ?, ?, ?, 'erasure', ?)");
  for (const prefix of prefixes) {
    const rows = pages.all(`"_key":${JSON.stringify(prefix).slice(0, -1)}`) as { id: string; type: string; rev: string; body: string }[];
    for (const row of rows) {
      const doc = JSON.parse(row.body) as { quotes?: { _key: string }[] };
      const rev = newRevision();
      const body = JSON.stringify({ ...doc, quotes: (doc.quotes ?? []).filter((q) => !q._key.startsWith(prefix)), _rev: rev, _updatedAt: at });
      update.run(rev, at, body, row.id);
      record.run(row.id, row.type, row.rev, rev, at, body);
    }
  }
}

/** Fold the live WAL into portal.db, so the copy kept of it is whole and no stale WAL is left to replay onto the new one. */
function foldInWal(db: DatabaseSync, live: string): void {
  const emptied = truncateWal(db);
  db.close();
  if (!emptied) throw new Error(`${live}: its write-ahead log could not be folded in`);
}

async function keepLive(live: string, keptAs: string): Promise<void> {
  const wal = await stat(`${live}-wal`).catch(() => undefined);
  if (wal && wal.size > 0) throw new Error(`${live}-wal still holds writes after the checkpoint: stop whatever opened ${live} and run npm run restore again`);
  try {
    await link(live, keptAs);
  } catch {
    // A file system without hard links: a copy does as well, at the cost of the space.
    await copyFile(live, keptAs, constants.COPYFILE_EXCL);
    await syncFile(keptAs);
  }
  await removeSidecars(live);
}

/** The -wal, -shm and -journal files SQLite keeps beside a database (each empty or stale by the time this runs). */
async function removeSidecars(file: string): Promise<void> {
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${file}${suffix}`, { force: true });
}

async function syncFile(file: string): Promise<void> {
  const fh = await open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
