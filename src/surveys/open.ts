// Whether a survey takes answers at a moment: its opening and closing dates, enforced on every submission.
import type { Survey } from '../model/index.ts';
import { formatDate } from '../text/dates.ts';

export type SurveyOpenState = { open: true } | { open: false; reason: string };

/** Open from `opensAt` (inclusive) until `closesAt` (exclusive); the reason is a sentence a person can read. */
export function surveyIsOpen(survey: Survey, now: Date): SurveyOpenState {
  const at = now.getTime();
  if (at < Date.parse(survey.opensAt)) return { open: false, reason: `This survey opens on ${formatDate(survey.opensAt)}` };
  if (survey.closesAt && at >= Date.parse(survey.closesAt)) {
    return { open: false, reason: `This survey closed on ${formatDate(survey.closesAt)}` };
  }
  return { open: true };
}
