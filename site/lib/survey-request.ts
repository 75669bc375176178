// One survey page's request: find the survey, move the flow on from what was posted (sending the answers through the
// submitSurvey action at the end), or restore saved answers. The page renders what this returns.
import type { AstroGlobal } from 'astro';
import { actions, isInputError } from 'astro:actions';
import type { Survey } from '../../src/model/index.ts';
import { advance, firstStep, newState, readPost, resumeStep, type FieldError, type FlowState, type Step } from '../../src/surveys/flow.ts';
import { surveyIsOpen, type SurveyOpenState } from '../../src/surveys/open.ts';
import { createResumeCode, readResumeCode, RESUME_ALREADY_SENT } from '../../src/surveys/resume-code.ts';
import { responseIdFor } from '../../src/surveys/store-submission.ts';
import { getStore } from './store.ts';

/** Whether answers with this submission id are already stored (a send, from this link or another copy of it). */
async function wasSent(submissionId: string): Promise<boolean> {
  return (await (await getStore()).getDocument(responseIdFor(submissionId), { dataset: 'feedback' })) !== null;
}
import { visibleQuestions } from '../../src/surveys/questions.ts';
import { surveyPageView, type SurveyPageView } from '../../src/surveys/survey-page.ts';
import { formatDate } from '../../src/text/dates.ts';
import { getConfig, now as clockNow } from './config.ts';
import { findSurvey } from './surveys.ts';
import { firstMessages, answerWith } from './action-errors.ts';
import { reachedOverHttps } from './client.ts';
import { keepReceipt, sentPath } from './receipt-cookie.ts';

export interface SurveyPage {
  survey: Survey;
  slug: string;
  open: SurveyOpenState;
  step: Step;
  state: FlowState;
  view: SurveyPageView;
  resumeError?: string;
  /** On the "saved" page: the code, its link and when it stops working. */
  saved?: { code: string; url: string; expires: string };
}

type Posted = { step: Step; state: FlowState; errors: FieldError[]; problem?: { message: string; href: string } } | Response;

/** The page to show, or a response that ends the request (404 for no such survey, a redirect once the answers are sent). */
export async function surveyRequest(Astro: AstroGlobal): Promise<SurveyPage | Response> {
  Astro.response.headers.set('Cache-Control', 'no-store');
  const now = clockNow();
  const survey = await findSurvey(Astro.params.survey ?? '');
  // Surveys that have not opened yet are not announced anywhere, so they are not found either.
  if (!survey || now.getTime() < Date.parse(survey.opensAt)) return new Response(null, { status: 404 });

  const slug = survey.slug.current;
  const open = surveyIsOpen(survey, now);
  let page: Exclude<Posted, Response> = { step: firstStep(survey), state: newState(), errors: [] };
  let resumeError: string | undefined;

  if (!open.open) {
    // Answers posted to a closed survey are refused; the page still says what happened.
    if (Astro.request.method === 'POST') Astro.response.status = 403;
  } else if (Astro.request.method === 'POST') {
    const posted = await onPost(Astro, survey);
    if (posted instanceof Response) return posted;
    page = posted;
  } else {
    const token = Astro.url.searchParams.get('resume');
    if (token !== null) {
      const restored = readResumeCode(survey, token, now);
      if (restored.ok && restored.submissionId && (await wasSent(restored.submissionId))) {
        // One submission, one response: a copy of the link kept after sending cannot send the answers again.
        resumeError = RESUME_ALREADY_SENT;
        Astro.response.status = 409;
      } else if (restored.ok) {
        const resumed = resumeStep(survey, restored.answers);
        const submissionId = restored.submissionId ?? page.state.submissionId;
        page = { ...page, step: resumed.step, state: { ...page.state, ...resumed.state, submissionId } };
      } else {
        resumeError = token.trim() === '' ? 'Enter your code' : restored.message;
        Astro.response.status = 400;
      }
    }
  }

  const { step, state } = page;
  let saved: SurveyPage['saved'];
  if (step.kind === 'saved') {
    const code = createResumeCode(survey, state.answers, now, { submissionId: state.submissionId });
    const read = readResumeCode(survey, code, now);
    saved = { code, url: `${getConfig().siteUrl}/have-your-say/${slug}/?resume=${code}`, expires: read.ok ? formatDate(read.expiresAt.toISOString()) : '' };
  }
  const view = surveyPageView({
    survey,
    open,
    step,
    state,
    errors: page.errors,
    problem: page.problem,
    resumeError,
    isFirstVisit: Astro.request.method === 'GET',
    resuming: Astro.url.searchParams.has('resume'),
  });
  return { survey, slug, open, step, state, view, resumeError, saved };
}

/** A posted page: the next step, or the answers sent (a redirect to the receipt) or refused (back to what needs a change). */
async function onPost(Astro: AstroGlobal, survey: Survey): Promise<Posted> {
  const slug = survey.slug.current;
  const form = await Astro.request.formData().catch(() => new FormData());
  const outcome = advance(survey, readPost(survey, form));
  let state = outcome.state;
  if (outcome.kind === 'show') {
    if (outcome.errors.length > 0) Astro.response.status = 400;
    return { step: outcome.step, state, errors: outcome.errors };
  }
  // The survey is the one in the address, whatever the form said.
  form.set('survey', slug);
  const result = await Astro.callAction(actions.submitSurvey, form);
  if (!result.error) {
    if (result.data.receiptCode) keepReceipt(Astro.cookies, slug, result.data.receiptCode, reachedOverHttps(Astro));
    return Astro.redirect(sentPath(slug), 303);
  }
  answerWith(Astro.response, result.error);
  if (!isInputError(result.error)) return { step: { kind: 'check' }, state, errors: [], problem: { message: result.error.message, href: '#your-answers' } };
  const fields = Object.entries(firstMessages(result.error)).map(([field, message]) => ({ field, message }));
  const shown = new Set(visibleQuestions(survey, state.answers).map((q) => q.key));
  const onQuestions = fields.filter((f) => shown.has(f.field));
  if (onQuestions.length > 0) {
    // Take the person back to the questions that need a change, with the answers they gave.
    return { step: { kind: 'questions', keys: onQuestions.map((f) => f.field) }, state: { ...state, returnToCheck: true }, errors: onQuestions };
  }
  // A form that lost its submission id gets a new one, so sending again can work.
  if (fields.some((f) => f.field === 'submissionId')) state = { ...state, submissionId: newState().submissionId };
  return { step: { kind: 'check' }, state, errors: [], problem: { message: fields[0]?.message ?? 'Your answers could not be sent. Try again.', href: '#your-answers' } };
}
