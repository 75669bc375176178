// The zod schema for a survey's answers, derived from its definition: types, options, limits, conditions, required.
import { z } from 'zod';
import { AGE_PHASE_SLUGS, ANSWER_TEXT_MAX, DONT_KNOW, type Question, type Survey } from '../model/index.ts';
import {
  EXCLUSIVE_ANSWER,
  NOT_AN_OPTION,
  NOT_TEXT,
  ONE_ANSWER_ONLY,
  requiredMessage,
  tooLongMessage,
} from './messages.ts';
import { SCALE_POINTS, maxLengthOf, presentValue, visibleQuestions, type AnswerValues } from './questions.ts';

/** One checked answer, holding only the field for its question's type ("don't know" is always a `choice`). */
export type ParsedAnswer = { questionKey: string } & ({ choice: string } | { choices: string[] } | { score: number } | { text: string });
type AnswerValue = Omit<ParsedAnswer, 'questionKey'>;

/** Marks a shown, required question that has no answer, so its own schema can say what is missing. */
const MISSING = Symbol('missing answer');

/** Options that mean "none of the others": they must be chosen alone. */
const EXCLUSIVE_VALUES = new Set([DONT_KNOW, 'none']);
const AGE_PHASES: ReadonlySet<string> = new Set(AGE_PHASE_SLUGS);

/** The values a choice or scale question accepts, as the stored answer can hold them. */
function choiceValues(q: Question): string[] {
  let values = q.options.map((o) => o.value);
  if (q.type === 'scale' || q.type === 'symbol-scale') {
    // A score is a whole number from 1 to 5: option values outside that cannot be stored, so are not offered.
    values = values.length > 0 ? values.filter((v) => (SCALE_POINTS as readonly string[]).includes(v)) : [...SCALE_POINTS];
  } else if (q.type === 'age-phase') {
    values = values.filter((v) => AGE_PHASES.has(v));
  } else if (q.type === 'yes-no' && values.length === 0) {
    values = ['yes', 'no'];
  }
  return q.allowDontKnow ? [...values, DONT_KNOW] : values;
}

function labelOf(q: Question, value: string): string {
  if (value === DONT_KNOW) return 'Don’t know';
  return q.options.find((o) => o.value === value)?.label ?? value;
}

/** One value, as radios post it: a list of one is accepted, a list of several is not. */
function oneValue(values: string[]) {
  const allowed = values.length > 0 ? (values as [string, ...string[]]) : (['\u0000'] as [string]);
  return z.preprocess(
    (v) => (Array.isArray(v) && v.length === 1 ? v[0] : v),
    z
      .string({ error: (issue) => (Array.isArray(issue.input) ? ONE_ANSWER_ONLY : NOT_AN_OPTION) })
      .trim()
      .pipe(z.enum(allowed, { error: NOT_AN_OPTION })),
  );
}

function valueSchema(q: Question): z.ZodType<AnswerValue> {
  const values = choiceValues(q);
  switch (q.type) {
    case 'scale':
    case 'symbol-scale':
      return oneValue(values).transform((v) => (v === DONT_KNOW ? { choice: v } : { score: Number(v) }));
    case 'single-choice':
    case 'yes-no':
    case 'age-phase':
      return oneValue(values).transform((v) => ({ choice: v }));
    case 'multiple-choice': {
      const allowed = values.length > 0 ? (values as [string, ...string[]]) : (['\u0000'] as [string]);
      const order = new Map(values.map((v, i) => [v, i]));
      return z
        .union([z.string(), z.array(z.string())], { error: NOT_AN_OPTION })
        .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).map((x) => x.trim()))])
        .pipe(z.array(z.enum(allowed, { error: NOT_AN_OPTION })).min(1, requiredMessage(q)))
        .superRefine((chosen, ctx) => {
          const exclusive = chosen.find((v) => EXCLUSIVE_VALUES.has(v));
          if (exclusive && chosen.length > 1) ctx.addIssue({ code: 'custom', message: EXCLUSIVE_ANSWER(labelOf(q, exclusive)) });
        })
        .transform((chosen) =>
          chosen[0] === DONT_KNOW ? { choice: DONT_KNOW } : { choices: chosen.sort((a, b) => order.get(a)! - order.get(b)!) },
        );
    }
    case 'short-text':
    case 'long-text': {
      const max = Math.min(maxLengthOf(q), ANSWER_TEXT_MAX);
      return z
        .string({ error: NOT_TEXT })
        .transform(cleanText)
        .pipe(z.string().max(max, tooLongMessage(max)))
        .transform((text) => (q.allowDontKnow && text === DONT_KNOW ? { choice: DONT_KNOW } : { text }));
    }
  }
}

/**
 * Line endings as one character (a browser counts "\r\n" as one towards maxlength), no control characters, no
 * leading or trailing space.
 */
function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/** The schema for one question's raw form value (blank already removed); MISSING means "required and not answered". */
function fieldSchema(q: Question): z.ZodType<AnswerValue | undefined> {
  return z
    .unknown()
    .refine((v) => v !== MISSING, { error: requiredMessage(q), abort: true })
    .pipe(valueSchema(q))
    .optional();
}

/**
 * Answers to questions that are not shown are dropped, not refused: a page that works without JavaScript posts a
 * revealed question's field even after the answer that revealed it changed.
 */
function prepare(survey: Survey, raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const input = raw as Record<string, unknown>;
  // No prototype: a field called "__proto__" is then just an unknown question, reported like any other.
  const present: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    const kept = presentValue(value);
    if (kept !== undefined) present[key] = kept;
  }
  const shown = visibleQuestions(survey, stringValues(present));
  const shownKeys = new Set(shown.map((q) => q.key));
  const known = new Set(survey.questions.map((q) => q.key));
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(present)) {
    if (known.has(key) && !shownKeys.has(key)) continue;
    out[key] = value;
  }
  for (const q of shown) if (q.required && out[q.key] === undefined) out[q.key] = MISSING;
  return out;
}

function stringValues(values: Record<string, unknown>): AnswerValues {
  const out: AnswerValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return out;
}

/**
 * The schema for a whole set of answers to `survey`: an object of raw form values by question key in, the checked
 * answers (in the survey's order) out. Issues carry the question key as their path.
 */
export function answerSchema(survey: Survey): z.ZodType<ParsedAnswer[]> {
  const shape = Object.fromEntries(survey.questions.map((q) => [q.key, fieldSchema(q)]));
  return z
    .preprocess((raw) => prepare(survey, raw), z.strictObject(shape))
    .transform((values) => {
      const answers: ParsedAnswer[] = [];
      for (const q of survey.questions) {
        const value = Object.hasOwn(values, q.key) ? (values as Record<string, AnswerValue | undefined>)[q.key] : undefined;
        if (value !== undefined) answers.push({ questionKey: q.key, ...value } as ParsedAnswer);
      }
      return answers;
    });
}

/** The check for one question's raw value, for pages that ask one question at a time. Undefined when it is fine. */
export function checkOneAnswer(q: Question, raw: unknown): string | undefined {
  const value = presentValue(raw);
  if (value === undefined) return q.required ? requiredMessage(q) : undefined;
  const result = fieldSchema(q).safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}
