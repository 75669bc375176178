// What one page of a survey shows, worked out from where the respondent is: its title, error summary, questions and
// buttons. The page only renders this; the flow (flow.ts) decided the step.
import type { Question, Survey } from '../model/index.ts';
import { fieldId, isWholeSurvey, type FieldError, type FlowState, type Step } from './flow.ts';
import type { SurveyOpenState } from './open.ts';
import { visibleQuestions } from './questions.ts';

export interface SurveyPageInput {
  survey: Survey;
  open: SurveyOpenState;
  step: Step;
  state: FlowState;
  errors: FieldError[];
  /** A problem with the whole form (the answers could not be sent), shown at the top. */
  problem?: { message: string; href: string };
  /** What was wrong with a "come back later" code. */
  resumeError?: string;
  /** A first visit (GET), as opposed to a posted page. */
  isFirstVisit: boolean;
  /** The address carried a resume code. */
  resuming: boolean;
}

export interface SurveyPageView {
  title: string;
  summary: { href: string; message: string }[];
  errorMap: Record<string, string>;
  /** Every question shown for the answers so far (checking answers lists these). */
  visible: Question[];
  /** The questions on this page. */
  questions: Question[];
  wholeSurvey: boolean;
  single: boolean;
  heading?: string;
  showBack: boolean;
  firstPage: boolean;
  /** Answers this tab saved earlier are offered on a fresh first page only, not when a resume link was just opened. */
  tabSaved: 'offer' | 'keep';
}

export function surveyPageView(input: SurveyPageInput): SurveyPageView {
  const { survey, open, step, state, errors, problem, resumeError } = input;
  const byKey = new Map(survey.questions.map((q) => [q.key, q]));
  const questions = step.kind === 'questions' ? step.keys.map((k) => byKey.get(k)).filter((q): q is Question => q !== undefined) : [];
  const wholeSurvey = isWholeSurvey(survey, step, state.answers);
  const single = questions.length === 1;
  const heading = wholeSurvey || single ? undefined : 'A few more questions';
  const firstPage = input.isFirstVisit && (step.kind === 'privacy' || wholeSurvey);
  return {
    title: pageTitle(survey, open.open, step, wholeSurvey, single ? questions[0]!.label : heading),
    summary: errorSummary(survey, errors, problem, resumeError),
    errorMap: Object.fromEntries(errors.map((e) => [e.field, e.message])),
    visible: visibleQuestions(survey, state.answers),
    questions,
    wholeSurvey,
    single,
    heading,
    showBack: survey.easyRead || state.returnToCheck || !wholeSurvey,
    firstPage,
    tabSaved: firstPage && !input.resuming ? 'offer' : 'keep',
  };
}

function pageTitle(survey: Survey, open: boolean, step: Step, wholeSurvey: boolean, pageHeading: string | undefined): string {
  if (!open) return survey.title;
  if (step.kind === 'questions') return wholeSurvey ? survey.title : `${pageHeading} – ${survey.title}`;
  if (step.kind === 'check') return `Check your answers – ${survey.title}`;
  if (step.kind === 'saved') return `Your answers are saved – ${survey.title}`;
  return survey.title;
}

/** The error summary: a problem with the whole form, else a bad resume code, else each question's error in page order. */
function errorSummary(survey: Survey, errors: FieldError[], problem: SurveyPageInput['problem'], resumeError: string | undefined) {
  if (problem) return [problem];
  if (resumeError) return [{ href: '#resume', message: resumeError }];
  const order = new Map(survey.questions.map((q, i) => [q.key, i]));
  return [...errors]
    .sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0))
    .map((e) => ({ href: `#${fieldId(e.field)}`, message: e.message }));
}
