// SQLite's "not now" errors as the port's StoreUnavailableError: a full disk or a long-held lock is a 503, not a crash.
import type { DatabaseSync } from 'node:sqlite';
import { StoreUnavailableError } from '../port.ts';

// Primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
const BUSY = 5;
const LOCKED = 6;
const READONLY = 8;
const IOERR = 10;
const FULL = 13;
const CANTOPEN = 14;

/**
 * The unavailable error this failure of `db` stands for, or undefined when it is something else (a bug, bad input).
 * Its message is one line for the server's log, naming the file and what to do; visitors are told something plainer.
 */
export function storeUnavailable(error: unknown, db: DatabaseSync): StoreUnavailableError | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  if (typeof code !== 'number') return undefined;
  const primary = code & 0xff;
  const why =
    primary === FULL
      ? 'the disk is full: free some space'
      : primary === BUSY || primary === LOCKED
        ? 'another process has held it for more than 5 seconds: check for a stuck npm run command (moderate, purge, restore)'
        : primary === READONLY || primary === CANTOPEN
          ? 'it cannot be written: check that this user owns DATA_DIR and the disk is not read-only'
          : primary === IOERR
            ? 'the disk reported an error: check the disk, and restore from a backup (npm run restore) if the file is damaged'
            : undefined;
  if (!why) return undefined;
  const file = db.location() ?? 'the in-memory database';
  return new StoreUnavailableError(`Could not save to ${file}: ${why}. Nothing was saved.`, 30, { cause: error });
}
