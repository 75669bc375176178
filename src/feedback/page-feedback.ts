// "Is this page useful?": what the small form at the foot of every page posts, and the anonymous record it becomes.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { PageFeedback } from '../model/index.ts';
import { scrubPersonalData } from '../privacy/scrub.ts';

export const WHAT_WAS_WRONG_MAX = 1000;

/** A path on this site, never another site's address: the thank-you goes back there. */
const SitePath = z
  .string()
  .max(300)
  .regex(/^\/(?!\/)[^\s?#\\]*$/, 'The page could not be found');

export const PageFeedbackForm = z.object({
  path: SitePath,
  useful: z.enum(['yes', 'no'], { error: 'Select yes if this page is useful' }),
  // Optional on the outside, so an empty box reads as "not given" (Astro turns an empty field into undefined).
  whatWasWrong: z
    .string()
    .trim()
    .max(WHAT_WAS_WRONG_MAX, `What was wrong must be ${WHAT_WAS_WRONG_MAX.toLocaleString('en-GB')} characters or fewer`)
    .transform((v) => v || undefined)
    .optional(),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
});
export type PageFeedbackForm = z.infer<typeof PageFeedbackForm>;

/** Stored without anything about the person: no address, no browser details, and the text scrubbed of personal data. */
export function toPageFeedback(form: PageFeedbackForm, now: Date, id = `pageFeedback-${randomUUID()}`): PageFeedback {
  const text = form.whatWasWrong ? scrubPersonalData(form.whatWasWrong).text.slice(0, WHAT_WAS_WRONG_MAX) : undefined;
  return {
    _id: id,
    _type: 'pageFeedback',
    path: form.path,
    useful: form.useful === 'yes',
    ...(text ? { whatWasWrong: text } : {}),
    createdAt: now.toISOString(),
  };
}

/**
 * Where to send the person back to after they answer: a path on this site with its query (so a search page comes back
 * with its results), or the page's path when the value is anything else. Never another site.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length <= 1000 && /^\/(?!\/)[^\s#\\]*$/.test(value) ? value : fallback;
}
