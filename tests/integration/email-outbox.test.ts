// Without RESEND_API_KEY the mailer writes each email to DATA_DIR/outbox/, readable by a person.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmailConfig } from '../../src/config/env.ts';
import { openEmailJournal } from '../../src/email/journal.ts';
import { createMailer, type Mailer, type MailerLog } from '../../src/email/mailer.ts';
import { EmailMessage } from '../../src/email/message.ts';
import { createOutboxTransport, listOutbox, outboxDir, readOutboxEmail } from '../../src/email/outbox.ts';
import { getMailer } from '../../src/email/index.ts';
import { previewAll } from '../../src/email/templates/index.ts';

const config: EmailConfig = { from: 'Local Offer <localoffer@localhost>' };
let dataDir: string;
let lines: string[];
const mailers: Mailer[] = [];
const log: MailerLog = { info: (l) => lines.push(l), warn: (l) => lines.push(l), error: (l) => lines.push(l) };

function mailer(): Mailer {
  const m = createMailer({ config, dataDir, log, sleep: async () => {}, clock: () => new Date('2026-11-23T10:05:00Z') });
  mailers.push(m);
  return m;
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'email-outbox-'));
  lines = [];
});
afterEach(async () => {
  for (const m of mailers.splice(0)) await m.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the outbox', () => {
  it('writes each email as a readable .eml file and lists it in an index', async () => {
    const m = mailer();
    expect(m.via).toBe('outbox');
    const [preview] = previewAll();
    await m.send('correction-report:r1:comms', { to: 'comms@example.gov.uk', replyTo: 'jo@example.com', ...preview!.email });
    await m.send('correction-report:r1:provider', { to: 'portage@example.org', subject: 'Second – with “UTF-8”', text: 'Two', html: '<p>Two</p>' });
    await m.flush();

    const files = (await readdir(outboxDir(dataDir))).sort();
    expect(files).toEqual([
      expect.stringMatching(/^correction-report-r1-comms-[0-9a-f]{8}\.eml$/),
      expect.stringMatching(/^correction-report-r1-provider-[0-9a-f]{8}\.eml$/),
      'index.json',
    ]);

    const listed = await listOutbox(dataDir);
    expect(listed.map((e) => e.key)).toEqual(['correction-report:r1:provider', 'correction-report:r1:comms']);
    const eml = await readFile(join(outboxDir(dataDir), listed[1]!.file), 'utf8');
    expect(eml).toContain('From: Local Offer <localoffer@localhost>\r\n');
    expect(eml).toContain('To: comms@example.gov.uk\r\n');
    expect(eml).toContain('Reply-To: jo@example.com\r\n');
    expect(eml).toContain(`Subject: ${preview!.email.subject}\r\n`);
    expect(eml).toContain('X-Idempotency-Key: correction-report:r1:comms\r\n');
    expect(eml).toContain('Content-Type: text/plain; charset=utf-8');
    expect(eml).toContain('The phone number on this page has changed.\r\nIt is now 01632 960 123.');
    expect(eml).toContain('&lt;Mondays&gt;');
    const second = await readFile(join(outboxDir(dataDir), listed[0]!.file), 'utf8');
    expect(second).toContain('Subject: Second – with “UTF-8”\r\n');

    const one = await readOutboxEmail(dataDir, listed[1]!.id);
    expect(one?.message.html).toBe(preview!.email.html);
    expect((await m.entries()).map((e) => [e.status, e.sent?.via])).toEqual([
      ['sent', 'outbox'],
      ['sent', 'outbox'],
    ]);
    expect(lines.filter((l) => l.startsWith('Email not sent (no RESEND_API_KEY)'))).toHaveLength(2);
  });

  it('writes an email once even when the process died before recording it as sent', async () => {
    const parsed = EmailMessage.parse({ to: 'comms@example.gov.uk', subject: 'Once', text: 'Once', html: '<p>Once</p>' });
    const journal = await openEmailJournal(dataDir);
    await journal.recordIntent({ key: 'k1', from: config.from, message: parsed, createdAt: '2026-11-23T10:00:00.000Z' });
    await journal.close();
    const first = await createOutboxTransport({ dataDir, log: () => {} }).deliver({ key: 'k1', from: config.from, message: parsed });

    const m = mailer();
    await m.flush();
    const listed = await listOutbox(dataDir);
    expect(listed).toHaveLength(1);
    expect((await m.entries())[0]?.sent?.providerId).toBe(first.ok ? first.providerId : undefined);
    expect(await readdir(outboxDir(dataDir))).toHaveLength(2);
  });

  it('keeps what is in the outbox across restarts and adds to it', async () => {
    const first = mailer();
    await first.send('k1', { to: 'a@example.com', subject: 'One', text: '1', html: '<p>1</p>' });
    await first.flush();
    await first.close();
    const second = mailer();
    await second.send('k1', { to: 'a@example.com', subject: 'One', text: '1', html: '<p>1</p>' });
    await second.send('k2', { to: 'b@example.com', subject: 'Two', text: '2', html: '<p>2</p>' });
    await second.flush();
    expect((await listOutbox(dataDir)).map((e) => e.key)).toEqual(['k2', 'k1']);
  });

  it('shares one mailer per DATA_DIR in a process, and a fresh one after it is closed', async () => {
    const a = getMailer({ config, dataDir, log });
    expect(getMailer({ config, dataDir: join(dataDir, '.'), log })).toBe(a);
    await a.send('k1', { to: 'a@example.com', subject: 'One', text: '1', html: '<p>1</p>' });
    await a.flush();
    await a.close();
    const b = getMailer({ config, dataDir, log });
    expect(b).not.toBe(a);
    expect((await b.entries()).map((e) => e.status)).toEqual(['sent']);
    await b.close();
  });

  it('lists nothing before the first email', async () => {
    expect(await listOutbox(dataDir)).toEqual([]);
  });
});
