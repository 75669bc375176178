// Double opt-in and one-click unsubscribe: nothing is stored until the emailed link is confirmed, and leaving deletes it.
import { createHmac } from 'node:crypto';
import type { Mailer } from '../email/mailer.ts';
import type { Subscription } from '../model/index.ts';
import type { ContentStore } from '../store/port.ts';
import { confirmationEmail } from './emails.ts';
import type { SubscribeForm } from './form.ts';
import { isLikelyBot } from './form.ts';
import { signToken, subscriptionId, verifyConfirmToken, verifyUnsubscribeToken, type ConfirmPayload, type TokenProblem } from './token.ts';

/** How long a confirmation link works: long enough for someone who checks email once every few days. */
export const CONFIRM_LINK_HOURS = 72;

export interface SiteLinks {
  /** Absolute, without a trailing slash. */
  siteUrl: string;
  siteTitle: string;
}

export const confirmUrl = (siteUrl: string, token: string) => `${siteUrl}/subscribe/confirm/?token=${encodeURIComponent(token)}`;

export function unsubscribeUrl(siteUrl: string, secret: Uint8Array, id: string): string {
  return `${siteUrl}/subscribe/unsubscribe/?token=${encodeURIComponent(signToken(secret, { purpose: 'unsubscribe', subscription: id }))}`;
}

/**
 * The confirmation email's idempotency key: one per address, choice of updates and hour, so pressing the button
 * twice (or someone else typing your address over and over) sends one email an hour, not one per press.
 */
export function confirmationKey(secret: Uint8Array, form: Pick<SubscribeForm, 'email' | 'topics'>, now: Date): string {
  const hour = now.toISOString().slice(0, 13);
  const digest = createHmac('sha256', secret).update(`confirm:${form.email.toLowerCase()}:${form.topics.join(',')}:${hour}`).digest('hex');
  return `subscription-confirm:${digest.slice(0, 32)}`;
}

/** Step 1: email a signed, expiring link. Stores nothing: the address is kept only once the link is confirmed. */
export async function requestSubscription(
  form: SubscribeForm,
  deps: SiteLinks & { secret: Uint8Array; now: Date; mailer: Pick<Mailer, 'send'> },
): Promise<void> {
  // A bot filled in the hidden field: behave exactly as for a person, and send nothing.
  if (isLikelyBot(form)) return;
  const expiresAt = new Date(deps.now.getTime() + CONFIRM_LINK_HOURS * 3_600_000);
  const token = signToken(deps.secret, { purpose: 'confirm', email: form.email, topics: form.topics, expires: Math.floor(expiresAt.getTime() / 1000) });
  await deps.mailer.send(confirmationKey(deps.secret, form, deps.now), {
    to: form.email,
    ...confirmationEmail({ siteTitle: deps.siteTitle, topics: form.topics, confirmUrl: confirmUrl(deps.siteUrl, token), expiresAt }),
    tags: [{ name: 'category', value: 'subscription-confirm' }],
  });
}

export type CheckedLink<T> = { ok: true; payload: T } | { ok: false; problem: TokenProblem };

/** Check a confirmation link without acting on it (the page that asks "confirm?" shows what it would do). */
export function checkConfirmLink(token: string, deps: { secret: Uint8Array; now: Date }): CheckedLink<ConfirmPayload> {
  return verifyConfirmToken(deps.secret, token, deps.now);
}

export type ConfirmResult = { ok: true; subscription: Subscription } | { ok: false; problem: TokenProblem };

/** Step 2: the person confirmed from the link, so store their address and choices (replacing any earlier ones). */
export async function confirmSubscription(token: string, deps: { secret: Uint8Array; now: Date; store: ContentStore }): Promise<ConfirmResult> {
  const checked = verifyConfirmToken(deps.secret, token, deps.now);
  if (!checked.ok) return checked;
  const { email, topics } = checked.payload;
  const subscription: Subscription = {
    _id: subscriptionId(deps.secret, email),
    _type: 'subscription',
    email,
    topics,
    confirmedAt: deps.now.toISOString(),
  };
  const { created } = await deps.store.createIfNotExists(subscription);
  if (!created) await deps.store.patch(subscription._id, { set: { email, topics, confirmedAt: subscription.confirmedAt } }, { dataset: 'feedback' });
  return { ok: true, subscription };
}

export type UnsubscribeResult = { ok: true; removed: boolean } | { ok: false; problem: TokenProblem };

/** Delete the subscription, address and all. Unsubscribing twice is fine: the second time there is nothing to delete. */
export async function unsubscribe(token: string, deps: { secret: Uint8Array; store: ContentStore }): Promise<UnsubscribeResult> {
  const checked = verifyUnsubscribeToken(deps.secret, token);
  if (!checked.ok) return checked;
  const id = checked.payload.subscription;
  const erased = await deps.store.erase([id], { reason: 'unsubscribed', quoteKeyPrefixes: [] });
  return { ok: true, removed: erased.length > 0 };
}
