// The "Get email updates" form: its rules (GOV.UK error wording) and reading it from a plain HTML form post.
import { z } from 'zod';
import { SUBSCRIPTION_TOPICS, type SubscriptionTopic } from '../model/index.ts';

export const TOPIC_LABELS: Record<SubscriptionTopic, { label: string; hint: string }> = {
  'you-said-we-did': { label: 'New “You said, we did”', hint: 'When we publish what families told us and what we did about it.' },
  'plan-updates': { label: 'Improvement plan updates', hint: 'A weekly summary of progress on the plan’s actions, only in weeks when something changed.' },
};

export const SubscribeForm = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'Email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
  topics: z
    .array(z.enum(SUBSCRIPTION_TOPICS, { error: 'Select what you want email updates about' }), { error: 'Select what you want email updates about' })
    .min(1, 'Select what you want email updates about')
    .transform((topics) => SUBSCRIPTION_TOPICS.filter((t) => topics.includes(t))),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
});
export type SubscribeForm = z.infer<typeof SubscribeForm>;

export interface SubscribeFormResult {
  ok: boolean;
  form?: SubscribeForm;
  /** Field → first message, in the form's order. */
  errors: Record<string, string>;
  /** What was typed, to show again. */
  values: { email: string; topics: string[] };
}

export function readSubscribeForm(data: FormData): SubscribeFormResult {
  const values = { email: String(data.get('email') ?? ''), topics: data.getAll('topics').map(String) };
  const parsed = SubscribeForm.safeParse({ ...values, website: data.get('website') === null ? undefined : String(data.get('website')) });
  if (parsed.success) return { ok: true, form: parsed.data, errors: {}, values };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'email');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values };
}

export function isLikelyBot(form: Pick<SubscribeForm, 'website'>): boolean {
  return Boolean(form.website?.trim());
}
