// The update emails subscribers are due: each new "You said, we did", and a summary of last week's plan progress.
import { z } from 'zod';
import type { Mailer } from '../email/mailer.ts';
import type { EmailMessageInput } from '../email/message.ts';
import { Subscription } from '../model/index.ts';
import { defineQuery, runQuery } from '../queries/define.ts';
import { planContentQuery, type PlanContent } from '../queries/plan.ts';
import type { ContentStore } from '../store/port.ts';
import { formatDate, londonDate } from '../text/dates.ts';
import { newEntryEmail, planDigestEmail, unsubscribeHeaders } from './emails.ts';
import { unsubscribeUrl, type SiteLinks } from './subscriptions.ts';
import { actionAnchor } from '../plan/plan-model.ts';

export const subscriptionsQuery = defineQuery('subscriptions', `*[_type == "subscription"] | order(_id asc)`, z.array(Subscription), 'feedback');

export interface KeyedEmail {
  key: string;
  message: EmailMessageInput;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday-to-Sunday week before the one `today` falls in. */
export function lastWeek(today: string): { start: string; end: string; label: string } {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const start = addDays(today, -weekday - 7);
  const end = addDays(start, 6);
  const [startDay, startMonth] = formatDate(start).split(' ');
  const endWords = formatDate(end);
  const label = start.slice(0, 7) === end.slice(0, 7) ? `${startDay} to ${endWords}` : `${startDay} ${startMonth} to ${endWords}`;
  return { start, end, label };
}

/**
 * Pure: which emails each subscriber is due today. A subscriber hears only about what happened on or after the day
 * they confirmed. Each email's key names the subscription and the entry or week, so running this again (every day,
 * or after each publish) never sends anything twice.
 */
export function dueUpdates(input: SiteLinks & { subscriptions: readonly Subscription[]; content: PlanContent; today: string; secret: Uint8Array }): KeyedEmail[] {
  const { siteUrl, siteTitle, content, today } = input;
  const week = lastWeek(today);
  const areaSlug = new Map(content.areas.map((a) => [a._id, a.slug]));
  const weekUpdates = content.actions
    .flatMap((a) => a.updates.filter((u) => u.date >= week.start && u.date <= week.end).map((u) => ({ action: a, update: u })))
    .sort((x, y) => (x.update.date < y.update.date ? -1 : x.update.date > y.update.date ? 1 : 0));
  const emails: KeyedEmail[] = [];
  for (const s of input.subscriptions) {
    const since = londonDate(new Date(s.confirmedAt));
    const leave = unsubscribeUrl(siteUrl, input.secret, s._id);
    const envelope = { to: s.email, headers: unsubscribeHeaders(leave) };
    if (s.topics.includes('you-said-we-did')) {
      for (const e of content.entries.filter((x) => x.publishedAt >= since && x.publishedAt <= today)) {
        emails.push({
          key: `you-said-we-did:${e._id}:${s._id}`,
          message: {
            ...envelope,
            ...newEntryEmail({ ...e, siteTitle, unsubscribeUrl: leave, entryUrl: `${siteUrl}/you-said-we-did/${e.slug}/` }),
            tags: [{ name: 'category', value: 'you-said-we-did' }],
          },
        });
      }
    }
    const mine = weekUpdates.filter((u) => u.update.date >= since);
    if (s.topics.includes('plan-updates') && mine.length > 0) {
      emails.push({
        key: `plan-updates:${week.start}:${s._id}`,
        message: {
          ...envelope,
          ...planDigestEmail({
            siteTitle,
            unsubscribeUrl: leave,
            weekLabel: week.label,
            planUrl: `${siteUrl}/plan/`,
            updates: mine.map(({ action, update }) => ({
              reference: action.reference,
              actionTitle: action.title,
              date: update.date,
              text: update.text,
              url: `${siteUrl}/plan/${areaSlug.get(action.area) ?? ''}/#${actionAnchor(action.reference)}`,
            })),
          }),
          tags: [{ name: 'category', value: 'plan-updates' }],
        },
      });
    }
  }
  return emails;
}

/** Queue every update due today. Run it after each publish and once a day; it is safe to run as often as you like. */
export async function sendDueUpdates(deps: SiteLinks & { store: ContentStore; mailer: Pick<Mailer, 'send'>; secret: Uint8Array; now: Date }): Promise<number> {
  const [subscriptions, content] = await Promise.all([runQuery(deps.store, subscriptionsQuery), runQuery(deps.store, planContentQuery)]);
  const emails = dueUpdates({ ...deps, subscriptions, content, today: londonDate(deps.now) });
  let queued = 0;
  for (const { key, message } of emails) if (!(await deps.mailer.send(key, message)).duplicate) queued++;
  return queued;
}
