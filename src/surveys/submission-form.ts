// What a survey's final "Send" posts, checked against the survey it names with the core's schema (parseSubmission).
// The survey is only known once the form is read, so the check is an async step of the action's zod input.
import { z } from 'zod';
import type { Clock } from '../clock/clock.ts';
import type { Survey } from '../model/index.ts';
import { readAnswers } from './flow.ts';
import { surveyIsOpen } from './open.ts';
import { parseSubmission, type ParsedSubmission } from './submission.ts';

/** What checking a submission needs from outside: the survey a slug names, and the portal's clock. */
export interface SubmissionFormDeps {
  findSurvey: (slug: string) => Promise<Survey | undefined>;
  now: Clock;
}

/** The form's shape before the survey is known: a few bounded strings and the answers. */
const Posted = z.object({
  survey: z.string().max(100),
  submissionId: z.string().max(100).optional(),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
  answers: z.record(z.string().max(100), z.union([z.string(), z.array(z.string())])),
});

export type CheckedSubmission =
  | { status: 'bot' }
  | { status: 'not-found' }
  | { status: 'closed'; survey: Survey; reason: string }
  | { status: 'ok'; survey: Survey; submission: ParsedSubmission };

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : undefined;
};

/**
 * Form in, a checked submission out. Answer problems become issues on the question's key (so the page can show each
 * next to its question); a missing or closed survey passes through for the action to refuse with 404 or 403.
 */
export function surveySubmissionForm({ findSurvey, now: clock }: SubmissionFormDeps) {
  return z
    .instanceof(FormData)
    .transform((form): z.input<typeof Posted> => ({
      survey: field(form, 'survey') ?? '',
      submissionId: field(form, 'submissionId'),
      website: field(form, 'website'),
      answers: readAnswers(form),
    }))
    .pipe(Posted)
    .transform(async (post, ctx): Promise<CheckedSubmission> => {
      // A bot learns nothing: it is thanked whatever it sent.
      if (post.website?.trim()) return { status: 'bot' };
      const survey = await findSurvey(post.survey);
      const now = clock();
      if (!survey || now.getTime() < Date.parse(survey.opensAt)) return { status: 'not-found' };
      const open = surveyIsOpen(survey, now);
      if (!open.open) return { status: 'closed', survey, reason: open.reason };
      const result = parseSubmission(survey, { submissionId: post.submissionId, answers: post.answers }, now);
      if (!result.ok) {
        for (const e of result.errors) ctx.addIssue({ code: 'custom', path: [e.field], message: e.message });
        return z.NEVER;
      }
      return { status: 'ok', survey, submission: result.value };
    });
}

const Progress = Posted.pick({ survey: true, answers: true }).extend({ submissionId: z.string().max(100).optional() });

/** What autosave posts (the whole page's form): the survey, the form's submission id and the answers so far. */
export const SurveyProgressForm = z
  .instanceof(FormData)
  .transform((form): z.input<typeof Progress> => ({ survey: field(form, 'survey') ?? '', submissionId: field(form, 'submissionId'), answers: readAnswers(form) }))
  .pipe(Progress);
