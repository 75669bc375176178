// What the subscription pages share: the signing secret, the mailer, the store, a per-client rate limit, one-click.
import { getMailer } from '../../../../src/email/index.ts';
import { clientKey, createRateLimiter } from '../../../../src/http/rate-limit.ts';
import { loadSubscriptionSecret, SUBSCRIPTION_SECRET_ENV } from '../../../../src/subscriptions/secret.ts';
import { ONE_CLICK_BODY, hasOneClickBody } from '../../../../src/subscriptions/one-click.ts';
import { unsubscribe, type UnsubscribeResult } from '../../../../src/subscriptions/subscriptions.ts';
import { getSiteSettings } from '../../../lib/site-data.ts';
import { getConfig, getStore } from '../../../lib/store.ts';

let secret: Buffer | undefined;

export function subscriptionSecret(): Buffer {
  secret ??= loadSubscriptionSecret({ secret: process.env[SUBSCRIPTION_SECRET_ENV], dataDir: getConfig().dataDir });
  return secret;
}

export async function subscriptionDeps() {
  const config = getConfig();
  const settings = await getSiteSettings();
  return {
    secret: subscriptionSecret(),
    siteUrl: config.siteUrl,
    siteTitle: settings.siteTitle,
    store: await getStore(),
    mailer: getMailer({ config: config.email, dataDir: config.dataDir }),
    now: new Date(),
  };
}

/** Five sign-ups in a burst, then one a minute: enough for a family, too few to mail-bomb someone. */
const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1 / 60 });

/** Seconds to wait, or 0 when the request may go ahead. */
export function rateLimited(clientAddress: string): number {
  const key = clientKey(clientAddress);
  return limiter.take(key) ? 0 : limiter.retryAfter(key);
}

/**
 * The answer to a mail program's RFC 8058 one-click post (see isOneClickUnsubscribe): for the site's middleware,
 * because Astro's origin check refuses such a post before this page could run.
 */
export async function oneClickUnsubscribe(request: Request): Promise<Response> {
  const headers = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };
  if (!(await hasOneClickBody(request))) return new Response(`Expected ${ONE_CLICK_BODY}.\n`, { status: 400, headers });
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const result: UnsubscribeResult = await unsubscribe(token, { secret: subscriptionSecret(), store: await getStore() });
  return new Response(result.ok ? 'You have been unsubscribed.\n' : 'This unsubscribe link is not valid.\n', { status: result.ok ? 200 : 400, headers });
}
