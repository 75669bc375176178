// A durable append-only journal: group-committed writes, each batch fsynced before its writers hear "done".
import { mkdir, open, truncate, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readFileIfExists, syncDirectory } from '../../fs/durable.ts';
import { decodeJournal, encodeRecord, type JournalOp } from './journal-record.ts';

export interface JournalStats {
  /** Transactions appended. */
  records: number;
  /** write+fsync rounds; with group commit, far fewer than records under concurrency. */
  fsyncs: number;
  /** Bytes in the file. */
  bytes: number;
  /** Bytes of a torn tail cut off when the journal was opened. */
  truncatedBytes: number;
}

export class JournalCorruptError extends Error {
  constructor(file: string, line: number) {
    super(
      `${file}:${line}: a damaged journal record is followed by good ones, so this is not a torn write from a crash. ` +
        'Refusing to open rather than drop acknowledged writes: restore the file from a backup, or remove the damaged line by hand.',
    );
    this.name = 'JournalCorruptError';
  }
}

interface Pending {
  record: Buffer;
  /** Runs right after the fsync, in append order, before any later batch: keeps memory in step with the file. */
  onDurable: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Anything that can take transactions durably: the file journal, or memory for tests and tools. */
export interface TransactionLog {
  append(ops: readonly JournalOp[], onDurable: () => void): Promise<void>;
  stats(): JournalStats;
  close(): Promise<void>;
}

export class FileJournal implements TransactionLog {
  readonly path: string;
  #fh: FileHandle;
  #queue: Pending[] = [];
  #flushing: Promise<void> | null = null;
  #failed: unknown = null;
  #closed = false;
  #stats: JournalStats;

  private constructor(path: string, fh: FileHandle, bytes: number, truncatedBytes: number, records: number) {
    this.path = path;
    this.#fh = fh;
    this.#stats = { records, fsyncs: 0, bytes, truncatedBytes };
  }

  /** Open (creating if needed), cut a torn tail, and hand every committed transaction to `replay` in order. */
  static async open(path: string, replay: (ops: JournalOp[]) => void): Promise<FileJournal> {
    await mkdir(dirname(path), { recursive: true });
    const existing = await readFileIfExists(path);
    const existed = existing !== undefined;
    const buf = existing ?? Buffer.alloc(0);
    const decoded = decodeJournal(buf);
    if (decoded.bad?.goodRecordsAfter) throw new JournalCorruptError(path, decoded.bad.line);
    const truncatedBytes = buf.length - decoded.goodBytes;
    if (truncatedBytes > 0) await truncate(path, decoded.goodBytes);
    for (const ops of decoded.transactions) replay(ops);
    const fh = await open(path, 'a');
    // Make the cut, and a new file's directory entry, durable before any write is acknowledged on top of them.
    await fh.sync();
    if (!existed) await syncDirectory(dirname(path));
    return new FileJournal(path, fh, decoded.goodBytes, truncatedBytes, decoded.transactions.length);
  }

  append(ops: readonly JournalOp[], onDurable: () => void): Promise<void> {
    if (this.#closed) return Promise.reject(new Error(`journal ${this.path} is closed`));
    if (this.#failed) return Promise.reject(this.#failed);
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ record: encodeRecord(ops), onDurable, resolve, reject });
      // Start on the next microtask, so every write issued in this tick joins the first batch.
      if (!this.#flushing) this.#flushing = Promise.resolve().then(() => this.#flush());
    });
  }

  stats(): JournalStats {
    return { ...this.#stats };
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#flushing;
    await this.#fh.close();
  }

  /** Group commit: whatever queued while the last fsync ran goes out as one write and one fsync. */
  async #flush(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0);
        const buf = batch.length === 1 ? batch[0]!.record : Buffer.concat(batch.map((p) => p.record));
        try {
          await writeAll(this.#fh, buf);
          await this.#fh.datasync();
        } catch (error) {
          // After a failed write or fsync the file's tail is unknown: refuse further writes until reopened, which
          // recovers to the last good record. Everything queued depended on this batch, so it fails too.
          this.#failed = error;
          for (const p of [...batch, ...this.#queue.splice(0)]) p.reject(error);
          return;
        }
        this.#stats.fsyncs++;
        this.#stats.records += batch.length;
        this.#stats.bytes += buf.length;
        for (const p of batch) {
          try {
            p.onDurable();
            p.resolve();
          } catch (error) {
            p.reject(error);
          }
        }
      }
    } finally {
      this.#flushing = null;
    }
  }
}

/** No file: transactions apply at once. For tests, tools and the Sanity double, never for the site's own data. */
export class MemoryLog implements TransactionLog {
  #records = 0;
  append(_ops: readonly JournalOp[], onDurable: () => void): Promise<void> {
    this.#records++;
    onDurable();
    return Promise.resolve();
  }
  stats(): JournalStats {
    return { records: this.#records, fsyncs: 0, bytes: 0, truncatedBytes: 0 };
  }
  async close(): Promise<void> {}
}

async function writeAll(fh: FileHandle, buf: Buffer): Promise<void> {
  let offset = 0;
  while (offset < buf.length) {
    const { bytesWritten } = await fh.write(buf, offset, buf.length - offset);
    offset += bytesWritten;
  }
}
