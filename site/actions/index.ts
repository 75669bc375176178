// Astro Actions: the site's zod-validated form posts. Each works as a plain HTML form post without JavaScript.
import { ActionError, defineAction } from 'astro:actions';
import { CorrectionForm, isLikelyBot, toCorrectionReport } from '../../src/feedback/correction.ts';
import { clientKey, createRateLimiter } from '../../src/http/rate-limit.ts';
import { getConfig, now as clockNow } from '../lib/config.ts';
import { getStore } from '../lib/store.ts';
import { clientAddressOf } from '../lib/client.ts';
import { StoreUnavailableError } from '../../src/store/port.ts';
import { notifyCorrection } from '../lib/notify.ts';
import { SurveyProgressForm, surveySubmissionForm } from '../../src/surveys/submission-form.ts';
import { findSurvey } from '../lib/surveys.ts';
import { DeleteResponseForm } from '../../src/surveys/delete-form.ts';
import { PageFeedbackForm, toPageFeedback } from '../../src/feedback/page-feedback.ts';
import { createResumeCode, deleteByReceipt, storeSubmission, surveyIsOpen } from '../../src/surveys/index.ts';

const reportLimiter = createRateLimiter({ capacity: 5, refillPerSecond: 1 / 60 });
// Generous (SURVEY_RATE_LIMIT a minute): a school answering together shares one address. Only sending answers counts,
// not moving between pages. Made on first use, since the configuration is read at start-up.
let surveyLimiter: ReturnType<typeof createRateLimiter> | undefined;
function surveyLimit(): ReturnType<typeof createRateLimiter> | undefined {
  const perMinute = getConfig().surveyRateLimit;
  if (perMinute === 0) return undefined;
  surveyLimiter ??= createRateLimiter({ capacity: perMinute, refillPerSecond: perMinute / 60 });
  return surveyLimiter;
}
// Receipt codes are 55 bits; a few tries a minute makes guessing one hopeless.
const deleteLimiter = createRateLimiter({ capacity: 5, refillPerSecond: 1 / 30 });
const pageFeedbackLimiter = createRateLimiter({ capacity: 10, refillPerSecond: 1 / 30 });
// Autosave runs on each survey page and after changes; nothing is stored, so the limit only stops floods.
const autosaveLimiter = createRateLimiter({ capacity: 60, refillPerSecond: 1 });

/** "You have sent a lot of answers in a short time. Wait 4 seconds and try again." */
function tooMany(limiter: ReturnType<typeof createRateLimiter>, key: string, youHave: string): ActionError {
  return new ActionError({
    code: 'TOO_MANY_REQUESTS',
    message: `You have ${youHave} in a short time. Wait ${limiter.retryAfter(key)} seconds and try again.`,
  });
}

/**
 * A handler whose store write may meet a full disk or a long-held lock: the visitor is told plainly that nothing was
 * saved and to try again (503, not a crash page), and what they typed stays in the form.
 */
function saving<I, C, O>(what: string, handler: (input: I, context: C) => Promise<O>): (input: I, context: C) => Promise<O> {
  return async (input, context) => {
    try {
      return await handler(input, context);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      console.error(`${what}: ${error.message}`);
      throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: `${what} could not be saved just now. Nothing was lost: wait a minute and try again.` });
    }
  };
}

export const server = {
  reportProblem: defineAction({
    accept: 'form',
    input: CorrectionForm,
    handler: saving('Your report', async (form, context) => {
      const key = clientKey(clientAddressOf(context));
      if (!reportLimiter.take(key)) {
        throw new ActionError({
          code: 'TOO_MANY_REQUESTS',
          message: `You have sent a lot of reports in a short time. Wait ${reportLimiter.retryAfter(key)} seconds and try again.`,
        });
      }
      // A bot filled in the hidden field: say thank you, store nothing.
      if (isLikelyBot(form)) return { reference: 'received' };
      const store = await getStore();
      const subject = await store.getDocument(form.subject);
      if (!subject || (subject._type !== 'service' && subject._type !== 'guide')) {
        throw new ActionError({ code: 'NOT_FOUND', message: 'The page you are reporting could not be found' });
      }
      const report = toCorrectionReport(form, subject.title, clockNow());
      await store.create(report);
      await notifyCorrection(report, subject);
      return { reference: report._id.slice(-8).toUpperCase() };
    }),
  }),
  submitSurvey: defineAction({
    accept: 'form',
    input: surveySubmissionForm({ findSurvey, now: clockNow }),
    handler: saving('Your answers', async (checked, context) => {
      const key = clientKey(clientAddressOf(context));
      const limiter = surveyLimit();
      if (limiter && !limiter.take(key)) throw tooMany(limiter, key, 'sent a lot of answers');
      if (checked.status === 'bot') return { receiptCode: undefined, duplicate: false };
      if (checked.status === 'not-found') throw new ActionError({ code: 'NOT_FOUND', message: 'There is no survey at this address' });
      if (checked.status === 'closed') throw new ActionError({ code: 'FORBIDDEN', message: `${checked.reason}. Your answers were not sent` });
      // Acknowledged only once the store has the response durably; a retried post gets the same receipt code back.
      return storeSubmission(await getStore(), checked.survey, checked.submission, clockNow());
    }),
  }),
  deleteSurveyResponse: defineAction({
    accept: 'form',
    input: DeleteResponseForm,
    handler: saving('Your request to delete your answers', async (form, context) => {
      const key = clientKey(clientAddressOf(context));
      if (!deleteLimiter.take(key)) throw tooMany(deleteLimiter, key, 'tried a lot of receipt codes');
      const outcome = await deleteByReceipt(await getStore(), form.receiptCode, clockNow());
      if (outcome === 'not-found') {
        throw new ActionError({ code: 'NOT_FOUND', message: 'We could not find any answers with that receipt code. Check the code and try again' });
      }
      return { deleted: true };
    }),
  }),
  pageFeedback: defineAction({
    accept: 'form',
    input: PageFeedbackForm,
    handler: saving('Your feedback', async (form, context) => {
      const key = clientKey(clientAddressOf(context));
      if (!pageFeedbackLimiter.take(key)) throw tooMany(pageFeedbackLimiter, key, 'sent a lot of feedback');
      if (form.website?.trim()) return { path: form.path };
      await (await getStore()).create(toPageFeedback(form, clockNow()));
      return { path: form.path };
    }),
  }),
  saveSurveyProgress: defineAction({
    accept: 'form',
    input: SurveyProgressForm,
    // Seals the answers so far into a resume code for the browser tab to keep; the server keeps nothing.
    handler: async ({ survey: slug, answers, submissionId }, context) => {
      const key = clientKey(clientAddressOf(context));
      if (!autosaveLimiter.take(key)) throw tooMany(autosaveLimiter, key, 'saved a lot of answers');
      const now = clockNow();
      const survey = await findSurvey(slug);
      if (!survey || now.getTime() < Date.parse(survey.opensAt)) throw new ActionError({ code: 'NOT_FOUND', message: 'There is no survey at this address' });
      const open = surveyIsOpen(survey, now);
      if (!open.open) throw new ActionError({ code: 'FORBIDDEN', message: open.reason });
      return { resumeCode: createResumeCode(survey, answers, now, { submissionId }) };
    },
  }),
};
