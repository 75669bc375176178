// What the subscription pages share: the signing secret, the mailer, the store, and a per-client rate limit.
import { getMailer } from '../../src/email/index.ts';
import { clientKey, createRateLimiter } from '../../src/http/rate-limit.ts';
import { loadSubscriptionSecret } from '../../src/subscriptions/secret.ts';
import { getSiteSettings } from './site-data.ts';
import { getConfig, now as clockNow } from './config.ts';
import { getStore } from './store.ts';

let secret: Buffer | undefined;

export function subscriptionSecret(): Buffer {
  secret ??= loadSubscriptionSecret({ secret: getConfig().subscriptionSecret, dataDir: getConfig().dataDir });
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
    now: clockNow(),
  };
}

/** Five sign-ups in a burst, then one a minute: enough for a family, too few to mail-bomb someone. */
const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1 / 60 });

/** Seconds to wait, or 0 when the request may go ahead. */
export function rateLimited(clientAddress: string): number {
  const key = clientKey(clientAddress);
  return limiter.take(key) ? 0 : limiter.retryAfter(key);
}
