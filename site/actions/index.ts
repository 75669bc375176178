// Astro Actions: the site's zod-validated form posts. Each works as a plain HTML form post without JavaScript.
import { ActionError, defineAction } from 'astro:actions';
import { CorrectionForm, isLikelyBot, toCorrectionReport } from '../../src/feedback/correction.ts';
import { clientKey, createRateLimiter } from '../../src/http/rate-limit.ts';
import { getStore } from '../lib/store.ts';
import { notifyCorrection } from '../lib/notify.ts';

const reportLimiter = createRateLimiter({ capacity: 5, refillPerSecond: 1 / 60 });

export const server = {
  reportProblem: defineAction({
    accept: 'form',
    input: CorrectionForm,
    handler: async (form, context) => {
      const key = clientKey(context.clientAddress);
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
      const report = toCorrectionReport(form, subject.title, new Date());
      await store.create(report);
      await notifyCorrection(report, subject);
      return { reference: report._id.slice(-8).toUpperCase() };
    },
  }),
};
