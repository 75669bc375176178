// "Due for review" and "Mark as reviewed today": the same 12-month rule the site uses to flag stale records.
import { REVIEW_INTERVAL_MONTHS, isOverdueForReview } from '../../src/local-offer/review.ts';
import { monthsBefore } from '../../src/text/dates.ts';

export { REVIEW_INTERVAL_MONTHS, isOverdueForReview };

/** Records last reviewed before this date are due for review (the desk list's GROQ parameter). */
export function reviewCutoff(today: string): string {
  return monthsBefore(today, REVIEW_INTERVAL_MONTHS);
}

export type ReviewDecision =
  | { kind: 'patch'; set: { lastReviewed: string }; message: string }
  | { kind: 'disabled'; reason: string };

/**
 * What "Mark as reviewed today" does to a service (or guide): set `lastReviewed` to today's London date.
 * `current` is the draft if there is one, else the published document.
 */
export function markReviewedToday(current: { lastReviewed?: unknown } | null | undefined, today: string): ReviewDecision {
  if (!current) return { kind: 'disabled', reason: 'Save the service first' };
  if (current.lastReviewed === today) return { kind: 'disabled', reason: 'Already marked as reviewed today' };
  if (typeof current.lastReviewed === 'string' && current.lastReviewed > today) {
    return { kind: 'disabled', reason: `The review date is in the future (${current.lastReviewed}): correct it in the form` };
  }
  return {
    kind: 'patch',
    set: { lastReviewed: today },
    message: `Review date set to today (${today}). Publish to show it on the site.`,
  };
}

/** The warning editors see on the "Last reviewed" field, or true. */
export function reviewWarning(lastReviewed: string | undefined, today: string, what = 'check it with the provider'): true | string {
  if (!lastReviewed) return true;
  if (lastReviewed > today) return 'The review date is in the future';
  return isOverdueForReview(lastReviewed, today) ? `Last reviewed more than ${REVIEW_INTERVAL_MONTHS} months ago: ${what}` : true;
}
