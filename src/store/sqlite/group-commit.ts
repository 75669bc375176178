// Group commit: the writes that arrive while the event loop is busy leave together in one SQLite transaction, so a
// burst of survey answers costs one fsync per batch rather than one per answer. Each write is its own savepoint: one
// that fails (a duplicate id, a validation error) is undone alone and rejected, the others in the batch still commit.
import type { DatabaseSync } from 'node:sqlite';
import { storeUnavailable } from './unavailable.ts';

interface Pending {
  run: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommit {
  #db: DatabaseSync;
  #queue: Pending[] = [];
  #scheduled = false;
  #afterCommit: () => void;

  /** `afterCommit` runs once per committed batch, before any of its writes is acknowledged. */
  constructor(db: DatabaseSync, afterCommit: () => void) {
    this.#db = db;
    this.#afterCommit = afterCommit;
  }

  /** Resolves once `run`'s writes are committed to disk; rejects, with nothing of them written, if it throws. */
  submit(run: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ run, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        // After the I/O that is ready now: requests that arrived together reach here together.
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#scheduled = false;
    const batch = this.#queue.splice(0);
    try {
      this.#commit(batch);
    } catch (error) {
      // Something SQLite did not expect (it rolled the whole transaction back itself, as on a full disk): no write of
      // the batch is on disk, so none is acknowledged.
      if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      const unavailable = storeUnavailable(error, this.#db) ?? error;
      for (const write of batch) write.reject(unavailable);
    }
  }

  /** Throws only if the batch as a whole failed; each write's own failure is kept for its caller. */
  #commit(batch: Pending[]): void {
    const done: Pending[] = [];
    const failed: [Pending, unknown][] = [];
    this.#db.exec('BEGIN IMMEDIATE');
    for (const write of batch) {
      this.#db.exec('SAVEPOINT write');
      try {
        write.run();
        this.#db.exec('RELEASE write');
        done.push(write);
      } catch (error) {
        // A full disk or an I/O error can end the whole transaction, not just this write.
        if (!this.#db.isTransaction) throw error;
        this.#db.exec('ROLLBACK TO write');
        this.#db.exec('RELEASE write');
        failed.push([write, storeUnavailable(error, this.#db) ?? error]);
      }
    }
    this.#db.exec('COMMIT');
    try {
      this.#afterCommit();
    } finally {
      for (const write of done) write.resolve();
      for (const [write, reason] of failed) write.reject(reason);
    }
  }
}
