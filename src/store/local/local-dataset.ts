// One dataset of the local store: what queries see (durable writes only) and what writers see (durable + pending).
import type { DatasetName } from '../port.ts';
import type { DatasetIndex, Doc } from './dataset-index.ts';
import type { JournalOp } from './journal-record.ts';
import type { TransactionLog } from './journal.ts';

interface PendingWrite {
  /** The document once this write is durable; null for a delete. */
  doc: Doc | null;
  durable: Promise<void>;
}

/**
 * Readers see only what is on disk, so nothing a page shows can vanish in a crash. Writers must also see writes that
 * are queued for the next fsync, or two concurrent creates of one id would both pass the "does it exist?" check:
 * the pending map answers that, synchronously, which makes check-and-queue atomic on Node's single thread.
 */
export class LocalDataset {
  readonly name: DatasetName;
  readonly index: DatasetIndex;
  readonly log: TransactionLog;
  #pending = new Map<string, PendingWrite>();

  constructor(name: DatasetName, index: DatasetIndex, log: TransactionLog) {
    this.name = name;
    this.index = index;
    this.log = log;
  }

  /** The newest version of a document, including writes not yet durable. */
  latest(id: string): Doc | undefined {
    const pending = this.#pending.get(id);
    if (pending) return pending.doc ?? undefined;
    return this.index.get(id);
  }

  /** Resolves once the newest write to this id is durable (at once if none is pending). */
  async settled(id: string): Promise<void> {
    await this.#pending.get(id)?.durable;
  }

  /** Queue one transaction; memory changes only after it is durable, in journal order. */
  commit(ops: JournalOp[]): Promise<void> {
    const writes = new Map<string, PendingWrite>();
    for (const op of ops) {
      const write: PendingWrite = { doc: 'put' in op ? op.put : null, durable: Promise.resolve() };
      writes.set('put' in op ? op.put._id : op.del, write);
    }
    for (const [id, write] of writes) this.#pending.set(id, write);
    const forget = () => {
      for (const [id, write] of writes) if (this.#pending.get(id) === write) this.#pending.delete(id);
    };
    const durable = this.log.append(ops, () => {
      for (const op of ops) {
        if ('put' in op) this.index.put(op.put);
        else this.index.delete(op.del);
      }
      forget();
    });
    durable.catch(forget);
    for (const write of writes.values()) write.durable = durable;
    return durable;
  }
}
