// The steps through a survey as plain HTML forms: every answer so far travels in the form, never in a server session.
import { randomUUID } from 'node:crypto';
import type { Survey } from '../model/index.ts';
import { visibleQuestions, type AnswerValues } from './questions.ts';
import { validateQuestion } from './submission.ts';

/** Answers post as `answers.<question key>`; everything else in the form is the flow's own state. */
export const ANSWER_PREFIX = 'answers.';

/** The id of a question's first input: what the error summary links to. Prefixed so no key clashes with page ids. */
export function fieldId(questionKey: string): string {
  return `q-${questionKey}`;
}

/**
 * Where the respondent is. Easy read asks one question a page after a privacy notice; the parents' survey asks every
 * question on one page, then any that an answer revealed ("conditional questions appear on the next step").
 */
export type Step =
  | { kind: 'privacy' }
  | { kind: 'questions'; keys: string[] }
  | { kind: 'check' }
  | { kind: 'saved'; from: Exclude<Step, { kind: 'saved' }> };

/** Which button was pressed. */
export type Nav = { kind: 'continue' } | { kind: 'back' } | { kind: 'save' } | { kind: 'submit' } | { kind: 'change'; key: string };

export interface FlowState {
  /** Made when the form is first shown and kept to the end, so a retried final post is stored once. */
  submissionId: string;
  answers: AnswerValues;
  /** Question keys already shown, so a question revealed by a later answer is asked before checking answers. */
  seen: string[];
  /** Came from a "Change" button: go back to checking answers once the question is answered. */
  returnToCheck: boolean;
}

export interface FieldError {
  field: string;
  message: string;
}

export type Outcome = { kind: 'show'; step: Step; state: FlowState; errors: FieldError[] } | { kind: 'submit'; state: FlowState };

const MAX_VALUES_PER_QUESTION = 50;

/**
 * The answers in a posted form: every `answers.*` field, as one value, or a list when several were posted (choose all
 * that apply). The survey's own schema decides whether that shape is right for the question.
 */
export function readAnswers(form: FormData): AnswerValues {
  const answers: AnswerValues = {};
  for (const name of new Set(form.keys())) {
    if (!name.startsWith(ANSWER_PREFIX)) continue;
    const values = form
      .getAll(name)
      .slice(0, MAX_VALUES_PER_QUESTION)
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (values.length > 0) answers[name.slice(ANSWER_PREFIX.length)] = values.length === 1 ? values[0]! : values;
  }
  return answers;
}

const knownKeys = (survey: Survey, keys: string[]) => {
  const known = new Set(survey.questions.map((q) => q.key));
  return [...new Set(keys)].filter((k) => known.has(k));
};

const texts = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');

function readStep(survey: Survey, kind: string | undefined, form: FormData): Exclude<Step, { kind: 'saved' }> {
  if (kind === 'privacy') return { kind: 'privacy' };
  if (kind === 'check') return { kind: 'check' };
  const keys = knownKeys(survey, texts(form, 'shown'));
  return keys.length > 0 ? { kind: 'questions', keys } : firstStep(survey);
}

function readNav(value: string): Nav {
  if (value.startsWith('change:')) return { kind: 'change', key: value.slice('change:'.length) };
  if (value === 'back' || value === 'save' || value === 'submit') return { kind: value };
  return { kind: 'continue' };
}

/** The flow's state and the step the form came from, read from a posted form. */
export function readPost(survey: Survey, form: FormData): { state: FlowState; step: Step; nav: Nav } {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const stepName = text('step');
  const step: Step = stepName === 'saved' ? { kind: 'saved', from: readStep(survey, text('from'), form) } : readStep(survey, stepName, form);
  return {
    state: {
      submissionId: text('submissionId').trim().slice(0, 100) || randomUUID(),
      answers: readAnswers(form),
      seen: knownKeys(survey, texts(form, 'seen')),
      returnToCheck: text('returnTo') === 'check',
    },
    step,
    nav: readNav(text('nav')),
  };
}

export function firstStep(survey: Survey): Exclude<Step, { kind: 'saved' }> {
  return survey.easyRead ? { kind: 'privacy' } : { kind: 'questions', keys: visibleQuestions(survey, {}).map((q) => q.key) };
}

/** A fresh start: a new submission id and no answers. */
export function newState(): FlowState {
  return { submissionId: randomUUID(), answers: {}, seen: [], returnToCheck: false };
}

/** Where a restored set of saved answers picks up: the first question not yet answered, or checking answers. */
export function resumeStep(survey: Survey, answers: AnswerValues): { step: Step; state: Omit<FlowState, 'submissionId'> } {
  const visible = visibleQuestions(survey, answers).map((q) => q.key);
  const answered = visible.filter((k) => answers[k] !== undefined);
  const next = visible.find((k) => answers[k] === undefined);
  const state = { answers, seen: answered, returnToCheck: false };
  if (!next) return { step: { kind: 'check' }, state };
  return { step: survey.easyRead ? { kind: 'questions', keys: [next] } : { kind: 'questions', keys: visible }, state };
}

/** "Question 3 of 9" for a one-question page, counted over the questions shown given the answers so far. */
export function progress(survey: Survey, answers: AnswerValues, key: string): { number: number; total: number } {
  const visible = visibleQuestions(survey, answers).map((q) => q.key);
  return { number: visible.indexOf(key) + 1, total: visible.length };
}

/** The errors on a page of questions: only questions still shown are checked ("validated only when visible"). */
export function checkPage(survey: Survey, keys: string[], answers: AnswerValues): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of keys) {
    const message = validateQuestion(survey, key, answers[key], answers);
    if (message) errors.push({ field: key, message });
  }
  return errors;
}

/** What a press of a button leads to. Back and save never check answers, so nothing typed is lost. */
export function advance(survey: Survey, posted: { state: FlowState; step: Step; nav: Nav }): Outcome {
  const { step, nav } = posted;
  let state = posted.state;
  const show = (next: Step, errors: FieldError[] = []): Outcome => ({ kind: 'show', step: next, state, errors });
  const visible = () => visibleQuestions(survey, state.answers).map((q) => q.key);
  const allQuestions = (): Step => ({ kind: 'questions', keys: visible() });

  if (nav.kind === 'save' && step.kind !== 'saved') return show({ kind: 'saved', from: step });

  switch (step.kind) {
    case 'saved':
      return show(step.from);
    case 'privacy':
      return show(firstQuestion(survey, visible()));
    case 'check': {
      if (nav.kind === 'submit') return { kind: 'submit', state };
      if (nav.kind === 'change' && visible().includes(nav.key)) {
        state = { ...state, returnToCheck: true };
        return show({ kind: 'questions', keys: [nav.key] });
      }
      if (nav.kind === 'back') {
        const keys = visible();
        return show(survey.easyRead ? { kind: 'questions', keys: keys.slice(-1) } : allQuestions());
      }
      return show(step);
    }
    case 'questions': {
      state = { ...state, seen: [...new Set([...state.seen, ...step.keys])] };
      const keys = visible();
      if (nav.kind === 'back') {
        if (state.returnToCheck) return show({ kind: 'check' });
        if (!survey.easyRead) return show(allQuestions());
        const previous = keys[keys.indexOf(step.keys[0]!) - 1];
        return show(previous ? { kind: 'questions', keys: [previous] } : { kind: 'privacy' });
      }
      const errors = checkPage(survey, step.keys, state.answers);
      if (errors.length > 0) return show(step, errors);
      const unseen = keys.filter((k) => !state.seen.includes(k));
      if (survey.easyRead && !state.returnToCheck) {
        // A question revealed by this answer comes straight after it, so "next in order" asks it too.
        const next = keys[keys.indexOf(step.keys[0]!) + 1];
        return show(next ? { kind: 'questions', keys: [next] } : { kind: 'check' });
      }
      if (unseen.length > 0) return show({ kind: 'questions', keys: survey.easyRead ? unseen.slice(0, 1) : unseen });
      state = { ...state, returnToCheck: false };
      return show({ kind: 'check' });
    }
  }
}

function firstQuestion(survey: Survey, keys: string[]): Step {
  return survey.easyRead ? { kind: 'questions', keys: keys.slice(0, 1) } : { kind: 'questions', keys };
}

/** Whether a page of questions is the survey's whole first page (it has the introduction and no Back button). */
export function isWholeSurvey(survey: Survey, step: Step, answers: AnswerValues): boolean {
  if (survey.easyRead || step.kind !== 'questions') return false;
  const keys = visibleQuestions(survey, answers).map((q) => q.key);
  return keys.length === step.keys.length && keys.every((k) => step.keys.includes(k));
}
