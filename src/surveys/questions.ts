// Which questions a respondent sees, given their answers so far, and the per-type facts the form and the checks share.
import { DONT_KNOW, type Question, type QuestionType, type Survey } from '../model/index.ts';

/** Raw form values by question key: one value, or several for "choose all that apply". */
export type AnswerValues = Record<string, string | string[]>;

/** The answer field each type of question fills in a stored response ("don't know" is always a `choice`). */
export const ANSWER_FIELD: Record<QuestionType, 'choice' | 'choices' | 'score' | 'text'> = {
  scale: 'score',
  'symbol-scale': 'score',
  'single-choice': 'choice',
  'multiple-choice': 'choices',
  'yes-no': 'choice',
  'short-text': 'text',
  'long-text': 'text',
  'age-phase': 'choice',
};

/** Text questions without their own limit: short text is a line, long text is capped by what an answer can hold. */
export const DEFAULT_MAX_LENGTH = { 'short-text': 500, 'long-text': 5000 } as const;

export const SCALE_POINTS = ['1', '2', '3', '4', '5'] as const;

export function isTextQuestion(q: Question): boolean {
  return q.type === 'short-text' || q.type === 'long-text';
}

/** The most characters a text question accepts. */
export function maxLengthOf(q: Question): number {
  if (q.maxLength) return q.maxLength;
  return q.type === 'short-text' ? DEFAULT_MAX_LENGTH['short-text'] : DEFAULT_MAX_LENGTH['long-text'];
}

/** The values a question accepts, "don't know" included where it is offered; empty for text questions. */
export function acceptedValues(q: Question): string[] {
  let values: string[];
  if (isTextQuestion(q)) return [];
  if (q.type === 'scale' || q.type === 'symbol-scale') {
    // A scale's options carry its labels; without options it is the plain 1 to 5.
    values = q.options.length > 0 ? q.options.map((o) => o.value) : [...SCALE_POINTS];
  } else if (q.type === 'yes-no' && q.options.length === 0) {
    values = ['yes', 'no'];
  } else {
    values = q.options.map((o) => o.value);
  }
  return q.allowDontKnow ? [...values, DONT_KNOW] : values;
}

/** A form value with blanks removed: '' and whitespace mean "not answered", and so does an empty list. */
export function presentValue(raw: unknown): string | string[] | undefined {
  if (typeof raw === 'string') return raw.trim() === '' ? undefined : raw;
  if (Array.isArray(raw)) {
    const kept = raw.filter((v) => typeof v !== 'string' || v.trim() !== '');
    return kept.length === 0 ? undefined : (kept as string[]);
  }
  return raw === null || raw === undefined ? undefined : (raw as string);
}

function matches(answers: AnswerValues, key: string, expected: string): boolean {
  // Own fields only: a question keyed "constructor" must not find Object.prototype's.
  const value: unknown = Object.hasOwn(answers, key) ? answers[key] : undefined;
  if (typeof value === 'string') return value.trim() === expected;
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && v.trim() === expected);
}

/**
 * The questions to show, in order: a question with a condition is shown only when the earlier question it depends
 * on is itself shown and was answered with the value (for "choose all that apply", among the values).
 */
export function visibleQuestions(survey: Survey, answers: AnswerValues): Question[] {
  const shown = new Set<string>();
  const out: Question[] = [];
  for (const q of survey.questions) {
    if (q.showIf && !(shown.has(q.showIf.questionKey) && matches(answers, q.showIf.questionKey, q.showIf.equals))) continue;
    shown.add(q.key);
    out.push(q);
  }
  return out;
}

export function findQuestion(survey: Survey, key: string): Question | undefined {
  return survey.questions.find((q) => q.key === key);
}
