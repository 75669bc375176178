// The mailer driving the real `resend` SDK against a loopback stand-in for Resend.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmailConfig } from '../../src/config/env.ts';
import { openEmailJournal } from '../../src/email/journal.ts';
import { createMailer, type Mailer, type MailerLog, type MailerOptions } from '../../src/email/mailer.ts';
import { EmailMessage, type EmailMessageInput } from '../../src/email/message.ts';
import { correctionReportEmails } from '../../src/email/templates/index.ts';
import { createResendTransport } from '../../src/email/transport.ts';
import { startResendDouble, type ResendDouble } from '../doubles/resend-server.ts';

const FROM = 'Local Offer <localoffer@example.gov.uk>';

let double: ResendDouble;
let dataDir: string;
let config: EmailConfig;
let sleeps: number[];
let lines: string[];
const mailers: Mailer[] = [];

const log: MailerLog = { info: (l) => lines.push(`info ${l}`), warn: (l) => lines.push(`warn ${l}`), error: (l) => lines.push(`error ${l}`) };

/** A mailer whose backoff waits are recorded and skipped, unless the test supplies its own sleep. */
function mailer(overrides: Partial<MailerOptions> = {}): Mailer {
  const m = createMailer({
    config,
    dataDir,
    log,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  mailers.push(m);
  return m;
}

const message = (n = 1): EmailMessageInput => ({
  to: `comms${n}@example.gov.uk`,
  subject: `Someone reported a problem with service ${n}`,
  text: `Plain text ${n}`,
  html: `<p>HTML ${n}</p>`,
});

beforeEach(async () => {
  double = await startResendDouble();
  dataDir = await mkdtemp(join(tmpdir(), 'email-resend-'));
  config = { resendApiKey: double.apiKey, resendBaseUrl: double.url, from: FROM, commsEmail: 'comms@example.gov.uk' };
  sleeps = [];
  lines = [];
});

afterEach(async () => {
  for (const m of mailers.splice(0)) await m.close();
  await double.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('sending through Resend', () => {
  it('delivers an email once, with its idempotency key, and records it as sent', async () => {
    const m = mailer();
    expect(m.via).toBe('resend');
    const [comms] = correctionReportEmails({
      report: { _id: 'correctionReport-1', subjectTitle: 'Portage', whatIsWrong: 'Wrong number', email: 'jo@example.com', consentToContact: true, createdAt: '2026-11-23T10:05:00.000Z' },
      pageUrl: 'https://localoffer.example.gov.uk/local-offer/services/portage/',
      commsEmail: 'comms@example.gov.uk',
    });
    const input = { ...comms!.message, headers: { 'List-Unsubscribe': '<https://localoffer.example.gov.uk/unsubscribe>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
    expect(await m.send(comms!.key, input)).toEqual({ key: 'correction-report:correctionReport-1:comms', duplicate: false });
    await m.flush();

    expect(double.delivered).toHaveLength(1);
    const parsed = EmailMessage.parse(input);
    expect(double.delivered[0]).toMatchObject({
      idempotencyKey: 'correction-report:correctionReport-1:comms',
      from: FROM,
      to: ['comms@example.gov.uk'],
      reply_to: ['jo@example.com'],
      subject: parsed.subject,
      text: parsed.text,
      html: parsed.html,
      headers: input.headers,
      tags: [{ name: 'category', value: 'correction-report' }],
    });
    const [entry] = await m.entries();
    expect(entry).toMatchObject({ status: 'sent', sent: { providerId: double.delivered[0]!.id, via: 'resend' }, attempts: [] });
  });

  it('does not send a key again, in the same process or after a restart', async () => {
    const first = mailer();
    await first.send('k1', message());
    await first.flush();
    expect(await first.send('k1', message())).toEqual({ key: 'k1', duplicate: true });
    await first.flush();
    await first.close();

    const second = mailer();
    expect((await second.send('k1', message())).duplicate).toBe(true);
    await second.flush();
    expect(double.requests).toHaveLength(1);
    expect(double.delivered).toHaveLength(1);
  });

  it('resolves send once the intent is on disk, before Resend has answered', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    double.setDown(true);
    const m = mailer({ sleep: () => gate });
    await m.send('k1', message());
    const journal = await openEmailJournal(dataDir);
    expect(journal.pending().map((e) => e.key)).toEqual(['k1']);
    await journal.close();
    double.setDown(false);
    release();
    await m.flush();
    expect(double.delivered).toHaveLength(1);
  });

  it('retries a failing provider with growing, jittered waits and delivers once when it recovers', async () => {
    double.failNext(3, 500);
    const m = mailer();
    await m.send('k1', message());
    await m.flush();

    expect(double.requests.map((r) => r.status)).toEqual([500, 500, 500, 200]);
    expect(new Set(double.requests.map((r) => r.idempotencyKey))).toEqual(new Set(['k1']));
    expect(double.delivered).toHaveLength(1);
    expect(sleeps).toHaveLength(3);
    [1000, 2000, 4000].forEach((step, i) => {
      expect(sleeps[i]).toBeGreaterThanOrEqual(step / 2);
      expect(sleeps[i]).toBeLessThanOrEqual(step);
    });
    const [entry] = await m.entries();
    expect(entry?.status).toBe('sent');
    expect(entry?.attempts.map((a) => [a.status, a.permanent])).toEqual([
      [500, false],
      [500, false],
      [500, false],
    ]);
    expect(entry?.attempts[0]?.error).toMatch(/^internal_server_error \(500\): /);
  });

  it('waits at least as long as a 429 asks', async () => {
    double.failNext(1, 429, { retryAfterSeconds: 7 });
    const m = mailer();
    await m.send('k1', message());
    await m.flush();
    expect(sleeps).toEqual([7000]);
    expect(double.delivered).toHaveLength(1);
  });

  it('retries when Resend answers with something that is not JSON', async () => {
    double.failNext(1, 502, { htmlBody: true });
    const m = mailer();
    await m.send('k1', message());
    await m.flush();
    const [entry] = await m.entries();
    expect(entry?.attempts[0]).toMatchObject({ status: 502, permanent: false });
    expect(double.delivered).toHaveLength(1);
  });

  it('keeps trying while Resend is unreachable, then delivers once', async () => {
    double.setDown(true);
    const m = mailer({
      sleep: async (ms) => {
        sleeps.push(ms);
        if (sleeps.length === 4) double.setDown(false);
      },
    });
    await m.send('k1', message());
    await m.flush();
    expect(double.delivered).toHaveLength(1);
    const [entry] = await m.entries();
    expect(entry?.attempts).toHaveLength(4);
    expect(entry?.attempts.every((a) => a.status === null && !a.permanent)).toBe(true);
  });

  it('never delivers twice when the reply is lost after Resend accepted the email', async () => {
    double.setFault({ status: 503, afterDeliver: true });
    const m = mailer();
    await m.send('k1', message());
    await m.flush();
    expect(double.requests.map((r) => r.status)).toEqual([503, 200]);
    expect(double.delivered).toHaveLength(1);
    const [entry] = await m.entries();
    expect(entry?.sent?.providerId).toBe(double.delivered[0]!.id);
  });

  it('does not retry an email Resend rejects as invalid (422), and keeps it for a person to see', async () => {
    double.failNext(5, 422, { name: 'validation_error', message: 'Invalid `to` field.' });
    const m = mailer();
    await m.send('bad', message(1));
    await m.send('good', message(2));
    await m.flush();

    expect(double.requests.filter((r) => r.idempotencyKey === 'bad')).toHaveLength(1);
    expect(sleeps).toEqual([]);
    const entries = await m.entries();
    expect(entries.find((e) => e.key === 'bad')).toMatchObject({ status: 'failed', attempts: [{ status: 422, permanent: true, error: 'validation_error (422): Invalid `to` field.' }] });
    expect(lines.some((l) => l.startsWith('error email bad: not sent and will not be retried'))).toBe(true);
    await m.close();

    // A restart leaves it alone too, but still lists it.
    double.setFault(null);
    const requestsBefore = double.requests.length;
    const again = mailer();
    await again.flush();
    expect(double.requests.length).toBe(requestsBefore);
    expect((await again.entries()).find((e) => e.key === 'bad')?.status).toBe('failed');
  });
});

describe('restarts', () => {
  it('resumes every pending email when a new mailer opens the same DATA_DIR', async () => {
    double.setDown(true);
    const first = mailer({ sleep: () => new Promise(() => {}) });
    await first.send('k1', message(1));
    await first.send('k2', message(2));
    await first.close();
    expect(double.delivered).toHaveLength(0);

    double.setDown(false);
    const second = mailer();
    await second.flush();
    expect(double.delivered.map((d) => d.idempotencyKey).sort()).toEqual(['k1', 'k2']);
    expect((await second.entries()).map((e) => e.status)).toEqual(['sent', 'sent']);
    expect(lines).toContain('info resuming 2 emails not yet sent');
  });

  it('lets a request in flight finish and be recorded when closed, then stops', async () => {
    const slow = await startResendDouble({ latencyMs: 150 });
    try {
      slow.failNext(1, 500);
      const m = mailer({ config: { ...config, resendBaseUrl: slow.url, resendApiKey: slow.apiKey }, sleep: () => new Promise(() => {}) });
      await m.send('k1', message());
      await expect.poll(() => slow.requests.length).toBe(1);
      await m.close();
      expect(slow.requests).toHaveLength(1);
      const journal = await openEmailJournal(dataDir);
      expect(journal.get('k1')).toMatchObject({ status: 'pending', attempts: [{ status: 500 }] });
      await journal.close();
    } finally {
      await slow.close();
    }
  });

  it('starts delivering resumed emails on its own, without waiting for a flush or a send', async () => {
    const journal = await openEmailJournal(dataDir);
    await journal.recordIntent({ key: 'k1', from: FROM, message: EmailMessage.parse(message()), createdAt: new Date().toISOString() });
    await journal.close();
    mailer();
    await expect.poll(() => double.delivered.length, { timeout: 5000 }).toBe(1);
  });

  it('relies on the idempotency key when the process died between sending and recording', async () => {
    // The email went out, but the process stopped before it wrote "sent".
    const journal = await openEmailJournal(dataDir);
    const parsed = EmailMessage.parse(message());
    await journal.recordIntent({ key: 'k1', from: FROM, message: parsed, createdAt: new Date().toISOString() });
    await journal.close();
    const outcome = await createResendTransport({ apiKey: double.apiKey, baseUrl: double.url }).deliver({ key: 'k1', from: FROM, message: parsed });
    expect(outcome.ok).toBe(true);

    const m = mailer();
    await m.flush();
    expect(double.requests).toHaveLength(2);
    expect(double.delivered).toHaveLength(1);
    expect((await m.entries())[0]?.sent?.providerId).toBe(outcome.ok ? outcome.providerId : undefined);
  });
});

describe('many at once', () => {
  it('delivers each of many emails exactly once through intermittent failures', async () => {
    const m = mailer();
    double.failNext(6, 503);
    await Promise.all(Array.from({ length: 20 }, (_, i) => m.send(`k${i}`, message(i))));
    await Promise.all(Array.from({ length: 20 }, (_, i) => m.send(`k${i}`, message(i))));
    await m.flush();
    const keys = double.delivered.map((d) => d.idempotencyKey);
    expect(keys).toHaveLength(20);
    expect(new Set(keys).size).toBe(20);
    expect((await m.entries()).every((e) => e.status === 'sent')).toBe(true);
  });
});

describe('the SDK base URL', () => {
  it('copes with a trailing slash on RESEND_BASE_URL', async () => {
    config = { ...config, resendBaseUrl: `${double.url}/` };
    const m = mailer();
    await m.send('k1', message());
    await m.flush();
    expect(double.requests.map((r) => r.path)).toEqual(['/emails']);
    expect(double.delivered).toHaveLength(1);
  });
});
