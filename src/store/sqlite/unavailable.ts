// SQLite's "not now" errors as the port's StoreUnavailableError: a full disk or a long-held lock is a 503, not a crash.
import { StoreUnavailableError } from '../port.ts';

// Primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
const BUSY = 5;
const LOCKED = 6;
const READONLY = 8;
const IOERR = 10;
const FULL = 13;
const CANTOPEN = 14;

/** The unavailable error this failure stands for, or undefined when it is something else (a bug, bad input). */
export function storeUnavailable(error: unknown): StoreUnavailableError | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  if (typeof code !== 'number') return undefined;
  const primary = code & 0xff;
  const why =
    primary === FULL
      ? 'the disk holding DATA_DIR is full'
      : primary === BUSY || primary === LOCKED
        ? 'another process has held the database for more than 5 seconds'
        : primary === READONLY || primary === CANTOPEN
          ? 'the database in DATA_DIR cannot be written (check its permissions)'
          : primary === IOERR
            ? 'the disk holding DATA_DIR reported an error'
            : undefined;
  if (!why) return undefined;
  return new StoreUnavailableError(`Could not save just now: ${why}. Nothing was saved; try again shortly.`, 30, { cause: error });
}
