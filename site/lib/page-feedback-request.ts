// "Is this page useful?" posted without JavaScript: send it through the pageFeedback action and go back to the page,
// or say what the page shows again (too much text, too many posts, a page that is not ours).
import type { AstroGlobal } from 'astro';
import { actions, isInputError } from 'astro:actions';
import { safeReturnPath } from '../../src/feedback/page-feedback.ts';
import { firstMessages, answerWith } from './action-errors.ts';

export interface PageFeedbackPage {
  path: string;
  back: string;
  values: { useful?: string; whatWasWrong?: string };
  errors: Record<string, string>;
  summary: { href: string; message: string }[];
}

export async function pageFeedbackRequest(Astro: AstroGlobal): Promise<PageFeedbackPage | Response> {
  Astro.response.headers.set('Cache-Control', 'no-store');
  let path = safeReturnPath(Astro.url.searchParams.get('path'), '/');
  let back = path;
  let values: PageFeedbackPage['values'] = {};
  let errors: Record<string, string> = {};
  let problem: string | undefined;

  if (Astro.request.method === 'POST') {
    const form = await Astro.request.formData().catch(() => new FormData());
    path = safeReturnPath(form.get('path'), '/');
    back = safeReturnPath(form.get('return'), path);
    values = { useful: String(form.get('useful') ?? ''), whatWasWrong: String(form.get('whatWasWrong') ?? '').slice(0, 5000) };
    const result = await Astro.callAction(actions.pageFeedback, form);
    if (!result.error) return Astro.redirect(`${back}#page-useful-thanks`, 303);
    answerWith(Astro.response, result.error);
    if (isInputError(result.error)) {
      errors = firstMessages(result.error);
    } else {
      problem = result.error.message;
    }
  }
  const summary = problem
    ? [{ href: '#page-feedback-useful', message: problem }]
    : [
        ...(errors.path ? [{ href: '#page-feedback-useful', message: 'The page you are telling us about could not be found' }] : []),
        ...(errors.useful ? [{ href: '#page-feedback-useful', message: errors.useful }] : []),
        ...(errors.whatWasWrong ? [{ href: '#page-feedback-what', message: errors.whatWasWrong }] : []),
      ];
  return { path, back, values, errors, summary };
}
