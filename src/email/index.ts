// The email module's public face: queue an email with `getMailer(...).send(key, message)`; templates render bodies.
import { resolve } from 'node:path';
import type { EmailConfig } from '../config/env.ts';
import { createMailer, type Mailer, type MailerOptions } from './mailer.ts';

export { createMailer, backoffDelay, InvalidEmailError, type Mailer, type MailerOptions, type MailerLog, type SendReceipt } from './mailer.ts';
export { EmailMessage, IdempotencyKey, type EmailMessageInput, type RenderedEmail } from './message.ts';
export { openEmailJournal, journalPath, type EmailEntry, type EmailStatus, type EmailJournal } from './journal.ts';
export { listOutbox, readOutboxEmail, outboxDir, type OutboxEntry } from './outbox.ts';
export { createResendTransport, createOutboxTransport, isPermanentError, type EmailTransport, type DeliveryResult } from './transport.ts';
export * from './templates/index.ts';

const SHARED = Symbol.for('send-local-offer.email.mailers');
type Registry = Map<string, Mailer>;

/**
 * The one mailer for a DATA_DIR in this process. Kept on globalThis so that a dev server reloading modules still
 * has a single delivery loop per journal (two would race each other over the same emails).
 */
export function getMailer(options: { config: EmailConfig; dataDir: string } & Omit<MailerOptions, 'config' | 'dataDir'>): Mailer {
  const global = globalThis as typeof globalThis & { [SHARED]?: Registry };
  const registry = (global[SHARED] ??= new Map());
  const id = resolve(options.dataDir);
  let mailer = registry.get(id);
  if (!mailer) {
    const created = createMailer(options);
    const close = created.close;
    // Once closed it is forgotten, so the next call opens a fresh one over the same journal.
    mailer = { ...created, close: () => close().finally(() => registry.delete(id)) };
    registry.set(id, mailer);
  }
  return mailer;
}
