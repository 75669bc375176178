// The durable record of every email: an append-only, fsync'd NDJSON file under DATA_DIR/email/, replayed on open.
import { mkdir, open, truncate, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { readFileIfExists, syncDirectory } from '../fs/durable.ts';
import { EmailMessage, FromAddress, IdempotencyKey } from './message.ts';

const IsoDateTime = z.iso.datetime();

export const IntentRecord = z.object({
  type: z.literal('intent'),
  key: IdempotencyKey,
  /** Fixed when queued, so every attempt sends the same payload (Resend refuses a reused key with a changed body). */
  from: FromAddress,
  message: EmailMessage,
  createdAt: IsoDateTime,
});
export const AttemptRecord = z.object({
  type: z.literal('attempt'),
  key: IdempotencyKey,
  at: IsoDateTime,
  error: z.string(),
  /** The HTTP status, or null when there was no answer. */
  status: z.number().int().nullable(),
  /** A permanent error (the request itself is wrong) ends delivery; the email stays here for a person to see. */
  permanent: z.boolean(),
});
export const SentRecord = z.object({
  type: z.literal('sent'),
  key: IdempotencyKey,
  /** Resend's email id, or the outbox's. */
  providerId: z.string().min(1),
  via: z.enum(['resend', 'outbox']),
  at: IsoDateTime,
});
export const JournalRecord = z.discriminatedUnion('type', [IntentRecord, AttemptRecord, SentRecord]);
export type IntentRecord = z.infer<typeof IntentRecord>;
export type AttemptRecord = z.infer<typeof AttemptRecord>;
export type SentRecord = z.infer<typeof SentRecord>;
export type JournalRecord = z.infer<typeof JournalRecord>;

export type EmailStatus = 'pending' | 'sent' | 'failed';

/** One email as the journal knows it. */
export interface EmailEntry {
  key: string;
  from: string;
  message: EmailMessage;
  createdAt: string;
  status: EmailStatus;
  attempts: AttemptRecord[];
  sent?: SentRecord;
}

export interface EmailJournal {
  readonly path: string;
  /** Record an intent durably. False (and nothing written) when the key is already recorded. */
  recordIntent(intent: Omit<IntentRecord, 'type'>): Promise<boolean>;
  recordAttempt(attempt: Omit<AttemptRecord, 'type'>): Promise<void>;
  recordSent(sent: Omit<SentRecord, 'type'>): Promise<void>;
  get(key: string): EmailEntry | undefined;
  /** Every email, oldest first. */
  entries(): EmailEntry[];
  /** Intents neither sent nor failed permanently, oldest first. */
  pending(): EmailEntry[];
  /** Intents that met a permanent error, kept for a person to see. */
  failed(): EmailEntry[];
  close(): Promise<void>;
}

export class EmailJournalCorruptError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(
      `${file}:${line}: ${reason}, and good records follow it, so this is not a torn write from a crash. ` +
        'Refusing to open rather than forget queued emails: restore the file from a backup, or mend the line by hand.',
    );
    this.name = 'EmailJournalCorruptError';
  }
}

/** Where the journal lives under DATA_DIR. */
export function journalPath(dataDir: string): string {
  return join(dataDir, 'email', 'journal.ndjson');
}

interface Decoded {
  records: JournalRecord[];
  /** Bytes up to the end of the last good, newline-terminated record. */
  goodBytes: number;
}

function decode(file: string, buf: Buffer): Decoded {
  const records: JournalRecord[] = [];
  let goodBytes = 0;
  let bad: { line: number; reason: string } | undefined;
  let start = 0;
  let line = 0;
  while (start < buf.length) {
    const end = buf.indexOf(0x0a, start);
    line++;
    // No newline: a write cut short by a crash, never acknowledged. Whatever it holds is dropped.
    if (end === -1) break;
    const text = buf.subarray(start, end).toString('utf8');
    let parsed: z.ZodSafeParseResult<JournalRecord> | undefined;
    let reason = 'not valid JSON';
    try {
      parsed = JournalRecord.safeParse(JSON.parse(text));
      if (!parsed.success) reason = `not a journal record (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`;
    } catch {
      parsed = undefined;
    }
    if (parsed?.success) {
      if (bad) throw new EmailJournalCorruptError(file, bad.line, bad.reason);
      records.push(parsed.data);
      goodBytes = end + 1;
    } else {
      bad ??= { line, reason };
    }
    start = end + 1;
  }
  return { records, goodBytes };
}

/** Open the journal under DATA_DIR (creating it), cut a torn tail, and replay every record. */
export async function openEmailJournal(dataDir: string): Promise<EmailJournal> {
  const path = journalPath(dataDir);
  await mkdir(dirname(path), { recursive: true });
  const existing = await readFileIfExists(path);
  const existed = existing !== undefined;
  const buf = existing ?? Buffer.alloc(0);
  const { records, goodBytes } = decode(path, buf);
  if (goodBytes < buf.length) await truncate(path, goodBytes);
  const fh = await open(path, 'a');
  // Make the cut, and a new file's directory entry, durable before anything is written on top of them.
  await fh.sync();
  if (!existed) await syncDirectory(dirname(path));

  const byKey = new Map<string, EmailEntry>();
  for (const record of records) apply(byKey, record);
  return createJournal(path, fh, byKey);
}

function apply(byKey: Map<string, EmailEntry>, record: JournalRecord): void {
  if (record.type === 'intent') {
    if (byKey.has(record.key)) return;
    byKey.set(record.key, { key: record.key, from: record.from, message: record.message, createdAt: record.createdAt, status: 'pending', attempts: [] });
    return;
  }
  const entry = byKey.get(record.key);
  if (!entry) return;
  if (record.type === 'attempt') {
    entry.attempts.push(record);
    if (record.permanent && entry.status === 'pending') entry.status = 'failed';
  } else {
    entry.sent ??= record;
    entry.status = 'sent';
  }
}

function createJournal(path: string, fh: FileHandle, byKey: Map<string, EmailEntry>): EmailJournal {
  // Appends run one at a time, each fsync'd before memory changes and the caller hears "done".
  let tail: Promise<unknown> = Promise.resolve();
  let failure: unknown = null;
  let closed = false;
  /** Intents being written: a second send of the same key waits for the first and reports "already recorded". */
  const reserving = new Map<string, Promise<void>>();

  function append(record: JournalRecord): Promise<void> {
    if (closed) return Promise.reject(new Error(`email journal ${path} is closed`));
    const parsed = JournalRecord.parse(record);
    const line = Buffer.from(`${JSON.stringify(parsed)}\n`, 'utf8');
    const run = tail.then(async () => {
      if (failure) throw failure;
      try {
        let written = 0;
        while (written < line.length) written += (await fh.write(line, written, line.length - written)).bytesWritten;
        await fh.datasync();
      } catch (error) {
        // After a failed write or fsync the file's tail is unknown: refuse more until reopened, which recovers it.
        failure = error;
        throw error;
      }
      apply(byKey, parsed);
    });
    tail = run.catch(() => undefined);
    return run;
  }

  const ordered = () => [...byKey.values()];

  return {
    path,
    async recordIntent(intent) {
      const waiting = reserving.get(intent.key);
      if (waiting) {
        await waiting.catch(() => undefined);
        if (byKey.has(intent.key)) return false;
      }
      if (byKey.has(intent.key)) return false;
      const write = append({ type: 'intent', ...intent });
      reserving.set(intent.key, write);
      try {
        await write;
        return true;
      } finally {
        reserving.delete(intent.key);
      }
    },
    recordAttempt: (attempt) => append({ type: 'attempt', ...attempt }),
    recordSent: (sent) => append({ type: 'sent', ...sent }),
    get: (key) => byKey.get(key),
    entries: ordered,
    pending: () => ordered().filter((e) => e.status === 'pending'),
    failed: () => ordered().filter((e) => e.status === 'failed'),
    async close() {
      if (closed) return;
      closed = true;
      await tail;
      await fh.close();
    },
  };
}
