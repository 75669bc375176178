// "Get email updates" posted: an address and topics, checked, rate-limited per client, and a confirmation emailed.
// Nothing is stored until the emailed link is confirmed.
import type { AstroGlobal } from 'astro';
import { SUBSCRIPTION_TOPICS } from '../../src/model/index.ts';
import { readSubscribeForm } from '../../src/subscriptions/form.ts';
import { requestSubscription } from '../../src/subscriptions/subscriptions.ts';
import { rateLimited, subscriptionDeps } from './subscriptions.ts';
import { clientAddressOf } from './client.ts';

export interface SubscribePage {
  values: { email: string; topics: string[] };
  errors: Record<string, string>;
  summary: { href: string; message: string }[];
}

export async function subscribeRequest(Astro: AstroGlobal): Promise<SubscribePage | Response> {
  Astro.response.headers.set('Cache-Control', 'no-store');
  let values: SubscribePage['values'] = { email: '', topics: [] };
  let errors: Record<string, string> = {};
  let problem: string | undefined;

  if (Astro.request.method === 'POST') {
    const wait = rateLimited(clientAddressOf(Astro));
    // Read either way, so a person asked to wait still sees what they typed.
    const form = await Astro.request.formData().catch(() => new FormData());
    const result = readSubscribeForm(form);
    values = result.values;
    if (wait > 0) {
      Astro.response.status = 429;
      Astro.response.headers.set('Retry-After', String(wait));
      problem = `You have asked for a lot of updates in a short time. Wait ${wait} seconds and try again.`;
    } else if (result.ok && result.form) {
      await requestSubscription(result.form, await subscriptionDeps());
      return Astro.redirect('/subscribe/check-your-email/', 303);
    } else {
      errors = result.errors;
      Astro.response.status = 400;
    }
  }

  const summary = [
    ...(problem ? [{ href: '#email', message: problem }] : []),
    ...['email', 'topics'].filter((f) => errors[f]).map((f) => ({ href: f === 'topics' ? `#topics-${SUBSCRIPTION_TOPICS[0]}` : '#email', message: errors[f]! })),
  ];
  return { values, errors, summary };
}
