// Have your say: surveys defined in the Studio, and the anonymous responses they collect.
import { z } from 'zod';
import { IsoDateTime, Key, PortableText, Slug, refTo, systemFields, weakRefTo } from './common.ts';
import { AGE_PHASE_SLUGS } from './taxonomy.ts';

export const SURVEY_AUDIENCES = ['parents-carers', 'young-people'] as const;
export const QUESTION_TYPES = [
  'scale',
  'symbol-scale',
  'single-choice',
  'multiple-choice',
  'yes-no',
  'short-text',
  'long-text',
  'age-phase',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The answer stored when someone picks "Don't know" or "Prefer not to say", whatever the question type (as `choice`). */
export const DONT_KNOW = 'dont-know';
/** The longest free text an answer may hold, whatever a question's own limit. */
export const ANSWER_TEXT_MAX = 5000;

export const QuestionOption = z.object({
  _key: Key,
  value: z.string().regex(/^[a-z0-9-]+$/, 'option values are lower-case words joined by hyphens'),
  label: z.string().min(1),
  /** A symbol or emoji shown with the label on easy read pages; never on its own. */
  symbol: z.string().optional(),
});
export type QuestionOption = z.infer<typeof QuestionOption>;

export const Question = z.object({
  _key: Key,
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'question keys are lower-case words joined by hyphens'),
  type: z.enum(QUESTION_TYPES),
  label: z.string().min(1),
  hint: z.string().optional(),
  required: z.boolean().default(false),
  /** What to say when a required question is left unanswered, e.g. "Select how old you are" (GOV.UK style). */
  errorMessage: z.string().min(1).max(200).optional(),
  options: z.array(QuestionOption).default([]),
  /** For text questions: the most characters accepted. */
  maxLength: z.number().int().min(1).max(5000).optional(),
  /** Offer "Don't know" / "Prefer not to say". */
  allowDontKnow: z.boolean().default(false),
  /** Show only when another question's answer equals a value. */
  showIf: z.object({ questionKey: z.string().min(1), equals: z.string().min(1) }).optional(),
  /** Answers that count as positive in impact measures (option values or scale points). */
  positiveValues: z.array(z.string().min(1)).default([]),
});
export type Question = z.infer<typeof Question>;

export const Survey = z
  .object({
    ...systemFields,
    _type: z.literal('survey'),
    title: z.string().min(1),
    slug: Slug,
    audience: z.enum(SURVEY_AUDIENCES),
    easyRead: z.boolean(),
    intro: z.string().min(1),
    privacyNotice: PortableText.default([]),
    opensAt: IsoDateTime,
    closesAt: IsoDateTime.optional(),
    questions: z.array(Question).min(1, 'a survey needs at least one question'),
    areas: z.array(refTo('priorityArea')).default([]),
    measures: z.array(refTo('impactMeasure')).default([]),
  })
  .refine((s) => new Set(s.questions.map((q) => q.key)).size === s.questions.length, {
    message: 'each question needs its own key',
    path: ['questions'],
  })
  .refine((s) => !s.closesAt || Date.parse(s.opensAt) < Date.parse(s.closesAt), {
    message: 'the survey must close after it opens',
    path: ['closesAt'],
  });
export type Survey = z.infer<typeof Survey>;

export const MODERATION_STATES = ['pending', 'approved', 'rejected'] as const;

/** One answer. Only the field for the question's type is set; free text is stored already scrubbed. */
export const Answer = z.object({
  _key: Key,
  questionKey: z.string().min(1),
  choice: z.string().optional(),
  choices: z.array(z.string()).optional(),
  score: z.number().int().min(1).max(5).optional(),
  text: z.string().max(ANSWER_TEXT_MAX).optional(),
  moderation: z.enum(MODERATION_STATES).optional(),
  themes: z.array(weakRefTo('feedbackTheme')).optional(),
});
export type Answer = z.infer<typeof Answer>;

export const SurveyResponse = z.object({
  ...systemFields,
  _type: z.literal('surveyResponse'),
  survey: weakRefTo('survey'),
  /** The client's id for this submission: a retried post with the same id is not stored twice. */
  submissionId: z.uuid(),
  /** SHA-256 of the receipt code given to the respondent, so they can ask for deletion; the code is never stored. */
  receiptHash: z.string().regex(/^[a-f0-9]{64}$/),
  submittedAt: IsoDateTime,
  audience: z.enum(SURVEY_AUDIENCES),
  agePhase: z.enum(AGE_PHASE_SLUGS).optional(),
  answers: z.array(Answer),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;
