import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/model/index.ts';
import { dueUpdates, lastWeek } from '../../../src/subscriptions/updates.ts';
import { verifyUnsubscribeToken } from '../../../src/subscriptions/token.ts';
import { aPlanContent, anAction, anEntry } from '../plan/builders.ts';

const secret = Buffer.from('s'.repeat(64));
const links = { siteUrl: 'https://localoffer.example', siteTitle: 'Testshire SEND Local Offer', secret };

const subscriber = (overrides: Partial<Subscription> = {}): Subscription => ({
  _id: 'subscription-aaaaaaaaaaaaaaaaaaaaaaaa',
  _type: 'subscription',
  email: 'parent@example.com',
  topics: ['you-said-we-did', 'plan-updates'],
  confirmedAt: '2026-11-01T09:00:00Z',
  ...overrides,
});

const content = aPlanContent({
  actions: [
    anAction({
      updates: [
        { _key: 'a', date: '2026-11-10', text: 'Charter drafted.' },
        { _key: 'b', date: '2026-11-18', text: 'Charter shared with headteachers.' },
        { _key: 'c', date: '2026-11-23', text: 'This week: not yet.' },
      ],
    }),
  ],
  entries: [anEntry({ publishedAt: '2026-11-05' }), anEntry({ _id: 'old', slug: 'old', publishedAt: '2026-10-01' }), anEntry({ _id: 'later', slug: 'later', publishedAt: '2026-11-30' })],
});

describe('last week', () => {
  it('is the Monday-to-Sunday week before this one', () => {
    expect(lastWeek('2026-11-23')).toEqual({ start: '2026-11-16', end: '2026-11-22', label: '16 to 22 November 2026' });
    expect(lastWeek('2026-11-22')).toMatchObject({ start: '2026-11-09', end: '2026-11-15' });
    expect(lastWeek('2026-12-03').label).toBe('23 to 29 November 2026');
    expect(lastWeek('2026-12-08').label).toBe('30 November to 6 December 2026');
  });
});

describe('the updates a subscriber is due', () => {
  const emails = dueUpdates({ ...links, subscriptions: [subscriber()], content, today: '2026-11-23' });

  it('include each You said, we did published since they confirmed, and none from before or still to come', () => {
    expect(emails.filter((e) => e.key.startsWith('you-said-we-did:')).map((e) => e.key)).toEqual([
      'you-said-we-did:youSaidWeDid-waits:subscription-aaaaaaaaaaaaaaaaaaaaaaaa',
    ]);
  });

  it("include last week's plan progress in one email", () => {
    const digest = emails.find((e) => e.key.startsWith('plan-updates:'))!;
    expect(digest.key).toBe('plan-updates:2026-11-16:subscription-aaaaaaaaaaaaaaaaaaaaaaaa');
    expect(digest.message.subject).toBe('Improvement plan: 1 update from 16 to 22 November 2026');
    expect(digest.message.text).toContain('Charter shared with headteachers.');
    expect(digest.message.text).toContain('https://localoffer.example/plan/priority-action-1/#pa1-1');
    expect(digest.message.text).not.toContain('Charter drafted.');
  });

  it('carry one-click unsubscribe headers with a link signed for that subscriber', () => {
    for (const { message } of emails) {
      const header = message.headers!['List-Unsubscribe']!;
      expect(message.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      const url = new URL(/^<(.+)>$/.exec(header)![1]!);
      expect(url.origin + url.pathname).toBe('https://localoffer.example/subscribe/unsubscribe/');
      expect(verifyUnsubscribeToken(secret, url.searchParams.get('token')!)).toMatchObject({ ok: true, payload: { subscription: 'subscription-aaaaaaaaaaaaaaaaaaaaaaaa' } });
      expect(message.text).toContain(url.href);
    }
  });

  it('follow what each subscriber chose', () => {
    const onlyPlan = dueUpdates({ ...links, subscriptions: [subscriber({ topics: ['plan-updates'] })], content, today: '2026-11-23' });
    expect(onlyPlan.map((e) => e.key.split(':')[0])).toEqual(['plan-updates']);
  });

  it('leave out plan progress from before they confirmed, and send nothing in a quiet week', () => {
    expect(dueUpdates({ ...links, subscriptions: [subscriber({ confirmedAt: '2026-11-20T09:00:00Z', topics: ['plan-updates'] })], content, today: '2026-11-23' })).toEqual([]);
    expect(dueUpdates({ ...links, subscriptions: [subscriber({ topics: ['plan-updates'] })], content, today: '2026-11-09' })).toEqual([]);
  });
});

describe('the subscription email previews', () => {
  it('render every email with its sample values escaped in the HTML', async () => {
    const { subscriptionEmailPreviews } = await import('../../../src/subscriptions/emails.ts');
    const previews = subscriptionEmailPreviews();
    expect(previews.map((p) => p.id)).toEqual(['subscription-confirm', 'subscription-new-entry', 'subscription-plan-digest']);
    const entry = previews[1]!.email;
    expect(entry.subject).toBe('You said, we did: Short breaks & reviews when <things> get harder');
    expect(entry.html).toContain('Short breaks &amp; reviews when &lt;things&gt; get harder');
    expect(entry.html).not.toContain('<things>');
  });
});
