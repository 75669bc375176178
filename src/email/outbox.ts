// Without RESEND_API_KEY, emails land here: one readable .eml file each and an index, under DATA_DIR/outbox/.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { syncDirectory, writeFileDurably } from '../fs/durable.ts';
import { EmailMessage } from './message.ts';
import type { EmailTransport } from './transport.ts';

export const OutboxEntry = z.object({
  /** The outbox's id for the email, as Resend's id would be. */
  id: z.string(),
  key: z.string(),
  from: z.string(),
  message: EmailMessage,
  /** When it was written to the outbox. */
  createdAt: z.iso.datetime(),
  /** The .eml file, relative to the outbox folder: open it in a mail client or a text editor. */
  file: z.string(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const OutboxIndex = z.object({ emails: z.array(OutboxEntry) });
export type OutboxIndex = z.infer<typeof OutboxIndex>;

export function outboxDir(dataDir: string): string {
  return join(dataDir, 'outbox');
}

function indexPath(dataDir: string): string {
  return join(outboxDir(dataDir), 'index.json');
}

async function readIndex(dataDir: string): Promise<OutboxIndex> {
  let raw: string;
  try {
    raw = await readFile(indexPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { emails: [] };
    throw error;
  }
  const parsed = OutboxIndex.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${indexPath(dataDir)}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every email in the outbox, newest first (for the dev page). */
export async function listOutbox(dataDir: string): Promise<OutboxEntry[]> {
  return (await readIndex(dataDir)).emails.slice().reverse();
}

/** One outbox email by id, or undefined. */
export async function readOutboxEmail(dataDir: string, id: string): Promise<OutboxEntry | undefined> {
  return (await readIndex(dataDir)).emails.find((e) => e.id === id);
}

const CRLF = '\r\n';

/** The email as an RFC 5322 message with UTF-8 headers (RFC 6532) and 8-bit bodies, so a person can read it as text. */
export function toEml(entry: Pick<OutboxEntry, 'id' | 'key' | 'from' | 'message'>, date: Date): string {
  const { message } = entry;
  let boundary = `=_outbox_${entry.id}`;
  while (message.text.includes(boundary) || message.html.includes(boundary)) boundary += '_';
  const headers: [string, string][] = [
    ['From', entry.from],
    ['To', message.to.join(', ')],
    ...(message.replyTo ? ([['Reply-To', message.replyTo.join(', ')]] as [string, string][]) : []),
    ['Subject', message.subject],
    ['Date', date.toUTCString()],
    ['Message-ID', `<${entry.id}@outbox.localhost>`],
    ['X-Idempotency-Key', entry.key],
    ...Object.entries(message.headers ?? {}),
    ...(message.tags?.length ? ([['X-Tags', message.tags.map((t) => `${t.name}=${t.value}`).join(', ')]] as [string, string][]) : []),
    ['MIME-Version', '1.0'],
    ['Content-Type', `multipart/alternative; boundary="${boundary}"`],
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: 8bit', '', body.replace(/\r?\n/g, CRLF)].join(CRLF);
  return [
    ...headers.map(([name, value]) => `${name}: ${value}`),
    '',
    part('text/plain', message.text),
    part('text/html', message.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

export interface OutboxTransportOptions {
  dataDir: string;
  clock?: () => Date;
  /** Told about each email written, in place of sending it. */
  log?: (line: string) => void;
}

/**
 * Writes each email to DATA_DIR/outbox/ as `<key>-<hash>.eml` and lists it in index.json. Idempotent by key, as
 * Resend is: writing the same key again returns the first id. Every write is fsync'd, so none is lost.
 */
export function createOutboxTransport(options: OutboxTransportOptions): EmailTransport {
  const dir = outboxDir(options.dataDir);
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.info(line));
  // One write at a time: the index is read, extended and replaced whole.
  let tail: Promise<unknown> = Promise.resolve();

  return {
    name: 'outbox',
    deliver(email) {
      const run = tail.then(async () => {
        try {
          await mkdir(dir, { recursive: true });
          const index = await readIndex(options.dataDir);
          const existing = index.emails.find((e) => e.key === email.key);
          if (existing) return { ok: true as const, providerId: existing.id };
          const hash = createHash('sha256').update(email.key).digest('hex');
          const id = `outbox_${hash.slice(0, 20)}`;
          const slug = email.key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80) || 'email';
          const file = `${slug}-${hash.slice(0, 8)}.eml`;
          const now = clock();
          const entry: OutboxEntry = { id, key: email.key, from: email.from, message: email.message, createdAt: now.toISOString(), file };
          // The file first, then the index that lists it: a crash between leaves a file the retry overwrites.
          await writeFileDurably(join(dir, file), toEml(entry, now));
          await writeFileDurably(indexPath(options.dataDir), `${JSON.stringify({ emails: [...index.emails, entry] }, null, 2)}\n`);
          await syncDirectory(dir);
          log(`Email not sent (no RESEND_API_KEY), written to the outbox instead: "${email.message.subject}" → ${join(dir, file)}`);
          return { ok: true as const, providerId: id };
        } catch (error) {
          return { ok: false as const, permanent: false, status: null, error: `outbox: ${error instanceof Error ? error.message : String(error)}` };
        }
      });
      tail = run;
      return run;
    },
  };
}
