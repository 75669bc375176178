// The Local Offer must be up to date: a record not reviewed for 12 months is flagged to families and to the team.
import { monthsBefore } from '../text/dates.ts';

export const REVIEW_INTERVAL_MONTHS = 12;

/** True when the record was last reviewed more than 12 months before today. */
export function isOverdueForReview(lastReviewed: string, today: string): boolean {
  return lastReviewed < monthsBefore(today, REVIEW_INTERVAL_MONTHS);
}
