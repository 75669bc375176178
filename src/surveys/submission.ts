// A submitted survey checked against its definition: open, a valid submission id, and answers the survey asks for.
import { z } from 'zod';
import { AGE_PHASE_SLUGS, DONT_KNOW, type Survey } from '../model/index.ts';
import { answerSchema, checkOneAnswer, type ParsedAnswer } from './answer-schema.ts';
import { BAD_SUBMISSION_ID, UNKNOWN_QUESTION } from './messages.ts';
import { surveyIsOpen } from './open.ts';
import { findQuestion, visibleQuestions, type AnswerValues } from './questions.ts';

/** One error per field, in the order the page shows them; `field` is a question key, or 'submissionId' or 'survey'. */
export type SubmissionErrors = { field: string; message: string }[];

export interface ParsedSubmission {
  surveyId: string;
  /** The client's id for this submission (lower case): the same id posted twice is one response. */
  submissionId: string;
  /** Checked answers, in the survey's order, for shown questions only; free text not yet scrubbed. */
  answers: ParsedAnswer[];
  /** From the survey's age-phase question, when answered. */
  agePhase?: (typeof AGE_PHASE_SLUGS)[number];
}

export const SubmissionId = z.uuid({ error: BAD_SUBMISSION_ID });

export const NOTHING_ANSWERED = 'Answer at least one question before you send your answers';
const UNREADABLE = 'Your answers could not be read. Go back to the survey and try again';

export function parseSubmission(
  survey: Survey,
  input: { submissionId: unknown; answers: Record<string, unknown> },
  now: Date,
): { ok: true; value: ParsedSubmission } | { ok: false; errors: SubmissionErrors } {
  // A closed survey is the only thing worth saying: nothing the person changes on the page will help.
  const state = surveyIsOpen(survey, now);
  if (!state.open) return { ok: false, errors: [{ field: 'survey', message: state.reason }] };

  const errors: SubmissionErrors = [];
  const id = SubmissionId.safeParse(typeof input.submissionId === 'string' ? input.submissionId.trim() : input.submissionId);
  if (!id.success) errors.push({ field: 'submissionId', message: BAD_SUBMISSION_ID });

  const answers = answerSchema(survey).safeParse(input.answers);
  if (!answers.success) {
    const byField = new Map<string, string>();
    for (const issue of answers.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) if (!byField.has(key)) byField.set(key, UNKNOWN_QUESTION);
      } else if (issue.path.length === 0) {
        if (!byField.has('survey')) byField.set('survey', UNREADABLE);
      } else {
        const field = String(issue.path[0]);
        if (!byField.has(field)) byField.set(field, issue.message);
      }
    }
    // The page's order: the survey's questions first, then anything else.
    const order = new Map(survey.questions.map((q, i) => [q.key, i]));
    const fields = [...byField.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    for (const field of fields) errors.push({ field, message: byField.get(field)! });
  } else if (answers.data.length === 0) {
    errors.push({ field: 'survey', message: NOTHING_ANSWERED });
  }
  if (errors.length > 0 || !id.success || !answers.success) return { ok: false, errors };

  const phase = answers.data.find((a) => findQuestion(survey, a.questionKey)?.type === 'age-phase' && 'choice' in a);
  const agePhase = phase && 'choice' in phase && phase.choice !== DONT_KNOW ? phase.choice : undefined;
  return {
    ok: true,
    value: {
      surveyId: survey._id,
      submissionId: id.data.toLowerCase(),
      answers: answers.data,
      ...(agePhase ? { agePhase: agePhase as ParsedSubmission['agePhase'] } : {}),
    },
  };
}

/**
 * Check one question's answer, as a one-question-a-page form does before moving on. Undefined when the answer is
 * fine, or when the question is not shown given the other answers.
 */
export function validateQuestion(
  survey: Survey,
  questionKey: string,
  raw: string | string[] | undefined,
  answers: AnswerValues,
): string | undefined {
  const question = findQuestion(survey, questionKey);
  if (!question) return UNKNOWN_QUESTION;
  const withThis: AnswerValues = { ...answers };
  if (raw === undefined) delete withThis[questionKey];
  else withThis[questionKey] = raw;
  if (!visibleQuestions(survey, withThis).some((q) => q.key === questionKey)) return undefined;
  return checkOneAnswer(question, raw);
}
