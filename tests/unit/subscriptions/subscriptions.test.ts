import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { sampleDayClock } from '../../support/sample-day.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmailMessageInput } from '../../../src/email/message.ts';
import { openLocalStore, type LocalStore } from '../../../src/store/local/index.ts';
import { SUBSCRIPTION_SECRET_FILE, loadSubscriptionSecret } from '../../../src/subscriptions/secret.ts';
import { confirmSubscription, requestSubscription, unsubscribe, unsubscribeUrl } from '../../../src/subscriptions/subscriptions.ts';
import { subscriptionId } from '../../../src/subscriptions/token.ts';

const secret = Buffer.from('s'.repeat(64));
const siteUrl = 'https://localoffer.example';
const siteTitle = 'Testshire SEND Local Offer';
const now = new Date('2026-11-23T10:00:00Z');

function fakeMailer() {
  const sent: { key: string; message: EmailMessageInput }[] = [];
  return {
    sent,
    async send(key: string, message: EmailMessageInput) {
      const duplicate = sent.some((s) => s.key === key);
      if (!duplicate) sent.push({ key, message });
      return { key, duplicate };
    },
  };
}

const linkIn = (message: EmailMessageInput) => /https:\/\/localoffer\.example\/subscribe\/confirm\/\?token=([^\s"<]+)/.exec(message.text)![1]!;
const countSubscriptions = (store: LocalStore) => store.query<number>('count(*[_type == "subscription"])', {}, { dataset: 'feedback' });

let store: LocalStore;
beforeEach(async () => {
  store = await openLocalStore({ contentDir: join(import.meta.dirname, '../../../content'), dataDir: null, now: sampleDayClock() });
});
afterEach(() => store.close());

describe('asking for email updates', () => {
  it('emails a confirmation link and stores nothing until it is confirmed', async () => {
    const mailer = fakeMailer();
    await requestSubscription({ email: 'parent@example.com', topics: ['you-said-we-did'] }, { secret, siteUrl, siteTitle, now, mailer });
    expect(mailer.sent).toHaveLength(1);
    const { message } = mailer.sent[0]!;
    expect(message.to).toBe('parent@example.com');
    expect(message.subject).toBe('Confirm you want email updates from Testshire SEND Local Offer');
    expect(message.text).toContain('The link works until 26 November 2026.');
    expect(message.html).toContain('href="https://localoffer.example/subscribe/confirm/?token=');
    expect(await countSubscriptions(store)).toBe(0);
  });

  it('sends one confirmation an hour for the same address and choices, however often the button is pressed', async () => {
    const mailer = fakeMailer();
    const form = { email: 'parent@example.com', topics: ['plan-updates' as const] };
    await requestSubscription(form, { secret, siteUrl, siteTitle, now, mailer });
    await requestSubscription({ ...form, email: 'PARENT@example.com' }, { secret, siteUrl, siteTitle, now: new Date(now.getTime() + 60_000), mailer });
    expect(mailer.sent).toHaveLength(1);
    await requestSubscription(form, { secret, siteUrl, siteTitle, now: new Date(now.getTime() + 3_600_000), mailer });
    expect(mailer.sent).toHaveLength(2);
  });

  it('sends nothing when a bot fills in the hidden field', async () => {
    const mailer = fakeMailer();
    await requestSubscription({ email: 'bot@example.com', topics: ['plan-updates'], website: 'http://spam.example' }, { secret, siteUrl, siteTitle, now, mailer });
    expect(mailer.sent).toEqual([]);
  });
});

describe('confirming', () => {
  async function link(email = 'parent@example.com', topics: ('you-said-we-did' | 'plan-updates')[] = ['you-said-we-did']) {
    const mailer = fakeMailer();
    await requestSubscription({ email, topics }, { secret, siteUrl, siteTitle, now, mailer });
    return decodeURIComponent(linkIn(mailer.sent[0]!.message));
  }

  it('stores the address, the choices and when consent was given, in the private dataset', async () => {
    const result = await confirmSubscription(await link(), { secret, now: new Date('2026-11-24T08:00:00Z'), store });
    expect(result.ok).toBe(true);
    const id = subscriptionId(secret, 'parent@example.com');
    expect(await store.getDocument(id, { dataset: 'feedback' })).toMatchObject({ _type: 'subscription', email: 'parent@example.com', topics: ['you-said-we-did'], confirmedAt: '2026-11-24T08:00:00.000Z' });
    expect(await store.getDocument(id)).toBeNull();
  });

  it('a second time replaces the earlier choices rather than adding a second record', async () => {
    await confirmSubscription(await link(), { secret, now, store });
    await confirmSubscription(await link('parent@example.com', ['plan-updates']), { secret, now, store });
    expect(await countSubscriptions(store)).toBe(1);
    expect(await store.getDocument(subscriptionId(secret, 'parent@example.com'), { dataset: 'feedback' })).toMatchObject({ topics: ['plan-updates'] });
  });

  it('refuses an expired or altered link and stores nothing', async () => {
    const token = await link();
    expect(await confirmSubscription(token, { secret, now: new Date('2026-11-26T10:00:01Z'), store })).toEqual({ ok: false, problem: 'expired' });
    expect(await confirmSubscription(`${token}x`, { secret, now, store })).toEqual({ ok: false, problem: 'malformed' });
    expect(await countSubscriptions(store)).toBe(0);
  });
});

describe('unsubscribing', () => {
  it('deletes the address, and a second time is harmless', async () => {
    const mailer = fakeMailer();
    await requestSubscription({ email: 'parent@example.com', topics: ['you-said-we-did'] }, { secret, siteUrl, siteTitle, now, mailer });
    await confirmSubscription(decodeURIComponent(linkIn(mailer.sent[0]!.message)), { secret, now, store });
    const url = new URL(unsubscribeUrl(siteUrl, secret, subscriptionId(secret, 'parent@example.com')));
    const token = url.searchParams.get('token')!;
    expect(await unsubscribe(token, { secret, store })).toEqual({ ok: true, removed: true });
    expect(await countSubscriptions(store)).toBe(0);
    expect(await unsubscribe(token, { secret, store })).toEqual({ ok: true, removed: false });
  });

  it('refuses a link that was not signed by us', async () => {
    expect(await unsubscribe('abc.def', { secret, store })).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('the signing secret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'subscription-secret-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('comes from SUBSCRIPTION_SECRET when set, and must be long enough', () => {
    expect(loadSubscriptionSecret({ secret: 'x'.repeat(40), dataDir: dir }).toString()).toBe('x'.repeat(40));
    expect(() => loadSubscriptionSecret({ secret: 'short', dataDir: dir })).toThrow(/SUBSCRIPTION_SECRET: must be at least 32 characters/);
  });

  it('is otherwise made once, kept readable only by its owner, and the same after a restart', async () => {
    const first = loadSubscriptionSecret({ dataDir: dir });
    const second = loadSubscriptionSecret({ dataDir: dir });
    expect(first.equals(second)).toBe(true);
    expect((await readFile(join(dir, SUBSCRIPTION_SECRET_FILE), 'utf8')).trim()).toHaveLength(64);
    expect((await stat(join(dir, SUBSCRIPTION_SECRET_FILE))).mode & 0o777).toBe(0o600);
  });
});
