// Resend goes wrong for a while, in every way at once, while emails keep being queued and the server restarts in the
// middle: once it recovers every email is delivered, and none is delivered or even asked for again after it was.
// Real time and the mailer's own back-off (shortened), against the loopback Resend double.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmailConfig } from '../../src/config/env.ts';
import { createMailer, type Mailer } from '../../src/email/mailer.ts';
import { startResendDouble, type ResendDouble } from '../doubles/resend-server.ts';

const FROM = 'Local Offer <localoffer@example.gov.uk>';
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

let double: ResendDouble | undefined;
let dataDir: string | undefined;
const mailers: Mailer[] = [];

afterEach(async () => {
  for (const m of mailers.splice(0)) await m.close();
  await double?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for the double');
    await sleep(10);
  }
}

describe('Resend failing for a while, then recovering', () => {
  it('delivers every email once after the outage, across a restart, and never sends one again once it is delivered', { timeout: 60_000 }, async () => {
    double = await startResendDouble();
    dataDir = await mkdtemp(join(tmpdir(), 'email-outage-'));
    const config: EmailConfig = { resendApiKey: double.apiKey, resendBaseUrl: double.url, from: FROM, commsEmail: 'comms@example.gov.uk' };
    // Production back-off, scaled down from seconds to tens of milliseconds so the outage fits in a test.
    const open = () => {
      const m = createMailer({ config, dataDir: dataDir!, log: quiet, backoff: { initialMs: 40, maxMs: 300 } });
      mailers.push(m);
      return m;
    };
    const email = (n: number) => ({ to: `parent${n}@example.com`, subject: `Confirm your email updates (${n})`, text: `Confirm with this link ${n}`, html: `<p>Confirm ${n}</p>` });
    const keys = Array.from({ length: 30 }, (_, n) => `subscription-confirm:${n}`);

    // The first replies are lost after Resend accepted the email (it went out, but we were not told).
    double.setFault({ status: 503, afterDeliver: true, times: 4 });
    let mailer = open();
    for (const key of keys.slice(0, 10)) await mailer.send(key, email(keys.indexOf(key)));
    // Until all four lost replies have happened (a fixed sleep is too short on a busy machine).
    await until(() => double!.requests.filter((r) => r.status === 503).length === 4);

    // Then Resend is unreachable for over a second while more emails are queued, and the server restarts meanwhile.
    double.setDown(true);
    for (const key of keys.slice(10, 20)) await mailer.send(key, email(keys.indexOf(key)));
    await sleep(400);
    await mailer.close();
    mailer = open();
    for (const key of keys.slice(20)) await mailer.send(key, email(keys.indexOf(key)));
    await sleep(800);

    // Back, but rate limiting and failing for a few requests more before it is healthy.
    double.setDown(false);
    double.setFault({ status: 429, retryAfterSeconds: 0, times: 3 });
    await sleep(100);
    double.failNext(3, 500);
    await mailer.flush();

    // Every email delivered exactly once, each under its own key, and the journal says so.
    const deliveredKeys = double.delivered.map((d) => d.idempotencyKey);
    expect([...deliveredKeys].sort()).toEqual([...keys].sort());
    expect((await mailer.entries()).map((e) => e.status)).toEqual(keys.map(() => 'sent'));
    // The outage was real: requests failed in each way before the emails went.
    const statuses = double.requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 503).length).toBe(4);
    expect(statuses.filter((s) => s === 0).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 429 || s === 500).length).toBeGreaterThan(0);
    // Nothing was asked of Resend for an email after Resend had said it was sent.
    const askedAfterSent = keys.filter((key) => {
      const forKey = double!.requests.filter((r) => r.idempotencyKey === key);
      const firstOk = forKey.findIndex((r) => r.status === 200);
      return firstOk === -1 || firstOk < forKey.length - 1;
    });
    expect(askedAfterSent).toEqual([]);

    // And a later restart sends nothing again: no request at all.
    const requestsBefore = double.requests.length;
    await mailer.close();
    const later = open();
    await later.flush();
    expect(double.requests.length).toBe(requestsBefore);
  });
});
