// Sends email without losing any or sending any twice: record the intent, deliver in the background, retry, mark sent.
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import type { EmailConfig } from '../config/env.ts';
import { openEmailJournal, type EmailEntry, type EmailJournal } from './journal.ts';
import { EmailMessage, IdempotencyKey, type EmailMessageInput } from './message.ts';
import { createOutboxTransport } from './outbox.ts';
import { createResendTransport, type EmailTransport } from './transport.ts';

export interface MailerLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface BackoffOptions {
  /** The first retry's delay before jitter (default 1 s); each later one doubles. */
  initialMs?: number;
  /** No wait is longer than this (default 5 minutes). */
  maxMs?: number;
}

export interface MailerOptions {
  config: EmailConfig;
  /** DATA_DIR: the journal goes in `email/`, the outbox (without a Resend key) in `outbox/`. */
  dataDir: string;
  clock?: () => Date;
  /** Wait `ms`; should end early when `signal` aborts (the mailer also stops waiting then, whatever this does). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** 0 ≤ n < 1, for jitter. */
  random?: () => number;
  backoff?: BackoffOptions;
  /** How many emails are handed to the transport at once (default 2, Resend's default rate per second). */
  concurrency?: number;
  /** Instead of the one the configuration picks (tests, tools). */
  transport?: EmailTransport;
  log?: MailerLog;
}

export interface SendReceipt {
  key: string;
  /** True when this key was already recorded: nothing new was queued, and it is not sent again. */
  duplicate: boolean;
}

export interface Mailer {
  /** 'resend' with RESEND_API_KEY, 'outbox' without. */
  readonly via: 'resend' | 'outbox';
  /** Resolves once the intent is durable on disk; delivery carries on in the background. */
  send(key: string, message: EmailMessageInput): Promise<SendReceipt>;
  /** Deliver everything pending now (cutting short any backoff), retrying as needed; resolves when none is left in flight. */
  flush(): Promise<void>;
  /** Every email the journal knows, oldest first: pending, sent and failed. */
  entries(): Promise<EmailEntry[]>;
  /** Stop retrying, let any request in flight finish and be recorded, and close the journal. Pending emails resume on the next start. */
  close(): Promise<void>;
}

export class InvalidEmailError extends Error {
  constructor(key: string, error: z.ZodError) {
    const issue = error.issues[0]!;
    super(`email ${JSON.stringify(key)}: ${issue.path.join('.') || 'message'}: ${issue.message}`);
    this.name = 'InvalidEmailError';
  }
}

/** Exponential backoff with "equal jitter": between half and all of initial × 2^(n−1), capped. `failures` counts from 1. */
export function backoffDelay(failures: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const initialMs = options.initialMs ?? 1000;
  const maxMs = options.maxMs ?? 5 * 60_000;
  const full = Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(full / 2 + random() * (full / 2));
}

const defaultSleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => undefined);

const consoleLog: MailerLog = {
  info: (line) => console.info(`[email] ${line}`),
  warn: (line) => console.warn(`[email] ${line}`),
  error: (line) => console.error(`[email] ${line}`),
};

function transportFor(options: MailerOptions, log: MailerLog): EmailTransport {
  if (options.transport) return options.transport;
  const { resendApiKey, resendBaseUrl } = options.config;
  if (resendApiKey) return createResendTransport({ apiKey: resendApiKey, baseUrl: resendBaseUrl });
  return createOutboxTransport({ dataDir: options.dataDir, clock: options.clock, log: log.info });
}

/** A tiny semaphore: at most `limit` tasks at once, in arrival order. */
function limiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export function createMailer(options: MailerOptions): Mailer {
  const log = options.log ?? consoleLog;
  const clock = options.clock ?? (() => new Date());
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const transport = transportFor(options, log);
  const limit = limiter(Math.max(1, options.concurrency ?? 2));
  const from = options.config.from;

  /** One delivery loop per key at most, so a key is never in flight twice. */
  const loops = new Map<string, Promise<void>>();
  /** Backoff waits under way; aborting one ends it now. */
  const waits = new Set<AbortController>();
  let closing = false;

  const ready = openEmailJournal(options.dataDir).then((journal) => {
    for (const entry of journal.pending()) start(journal, entry.key);
    const resumed = journal.pending().length;
    if (resumed > 0) log.info(`resuming ${resumed} email${resumed === 1 ? '' : 's'} not yet sent`);
    return journal;
  });
  // Reported here once; every method awaits `ready` and so rethrows it to its caller too.
  ready.catch((error: unknown) => log.error(`cannot open the email journal: ${error instanceof Error ? error.message : String(error)}`));

  function wakeAll(): void {
    for (const controller of waits) controller.abort();
    waits.clear();
  }

  async function wait(ms: number): Promise<void> {
    // close() may have woken everyone while this loop's request was in flight: do not start a wait it will not end.
    if (closing) return;
    const controller = new AbortController();
    waits.add(controller);
    const aborted = new Promise<void>((resolve) => controller.signal.addEventListener('abort', () => resolve(), { once: true }));
    try {
      await Promise.race([sleep(ms, controller.signal), aborted]);
    } finally {
      waits.delete(controller);
    }
  }

  function start(journal: EmailJournal, key: string): void {
    if (closing || loops.has(key) || journal.get(key)?.status !== 'pending') return;
    const loop = deliver(journal, key)
      .catch((error: unknown) => {
        // Only the journal can fail here (a disk error). The email stays pending and is retried on the next start;
        // Resend's idempotency key stops a second delivery if it had gone out.
        log.error(`email ${key}: stopped: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => loops.delete(key));
    loops.set(key, loop);
  }

  async function deliver(journal: EmailJournal, key: string): Promise<void> {
    let failures = 0;
    for (;;) {
      const entry = journal.get(key);
      if (closing || !entry || entry.status !== 'pending') return;
      const result = await limit(async () => (closing ? null : transport.deliver({ key, from: entry.from, message: entry.message })));
      if (!result) return;
      const at = clock().toISOString();
      if (result.ok) {
        // Recorded at once; a crash before this line is covered by the idempotency key on the next attempt.
        await journal.recordSent({ key, providerId: result.providerId, via: transport.name, at });
        if (transport.name === 'resend') log.info(`email ${key}: sent (${result.providerId})`);
        return;
      }
      await journal.recordAttempt({ key, at, error: result.error, status: result.status, permanent: result.permanent });
      if (result.permanent) {
        log.error(`email ${key}: not sent and will not be retried: ${result.error}. It is kept in ${journal.path}.`);
        return;
      }
      failures++;
      const backoff = backoffDelay(failures, options.backoff, random);
      const ms = Math.max(backoff, Math.min(result.retryAfterMs ?? 0, options.backoff?.maxMs ?? 5 * 60_000));
      log.warn(`email ${key}: attempt ${failures} failed (${result.error}); trying again in ${Math.round(ms / 1000)} s`);
      await wait(ms);
    }
  }

  return {
    via: transport.name,
    async send(key, input) {
      if (closing) throw new Error('the mailer is closed');
      const parsedKey = IdempotencyKey.safeParse(key);
      if (!parsedKey.success) throw new InvalidEmailError(key, parsedKey.error);
      const parsed = EmailMessage.safeParse(input);
      if (!parsed.success) throw new InvalidEmailError(key, parsed.error);
      const journal = await ready;
      const recorded = await journal.recordIntent({ key, from, message: parsed.data, createdAt: clock().toISOString() });
      start(journal, key);
      return { key, duplicate: !recorded };
    },
    async flush() {
      const journal = await ready;
      for (const entry of journal.pending()) start(journal, entry.key);
      wakeAll();
      while (loops.size > 0) await Promise.all([...loops.values()]);
    },
    async entries() {
      return (await ready).entries();
    },
    async close() {
      if (closing) return;
      closing = true;
      let journal: EmailJournal;
      try {
        journal = await ready;
      } catch {
        return;
      }
      wakeAll();
      while (loops.size > 0) await Promise.all([...loops.values()]);
      await journal.close();
    },
  };
}
