// Storing a checked submission as an anonymous survey response, and deleting one when its receipt code is given back.
import { ANSWER_TEXT_MAX, type Answer, type Survey, type SurveyResponse } from '../model/index.ts';
import { scrubPersonalData } from '../privacy/scrub.ts';
import { eraseFeedback } from '../privacy/erase.ts';
import type { ContentStore } from '../store/port.ts';
import type { ParsedAnswer } from './answer-schema.ts';
import { normaliseReceiptCode, receiptCodeFor, receiptHash } from './receipt-code.ts';
import { serverSecret } from './server-secret.ts';
import type { ParsedSubmission } from './submission.ts';

export interface StoreSubmissionOptions {
  /** The server secret receipt codes are derived from (default: serverSecret()). */
  secret?: Uint8Array;
}

/** The response's id: one per submission id, so a retried post finds the first one instead of making another. */
export function responseIdFor(submissionId: string): string {
  return `response-${submissionId.toLowerCase()}`;
}

/** Scrubbed text, kept within what an answer can hold: "[name]" is longer than most names it replaces. */
function scrubbed(text: string): string {
  const clean = scrubPersonalData(text).text;
  if (clean.length <= ANSWER_TEXT_MAX) return clean;
  const cut = clean.slice(0, ANSWER_TEXT_MAX - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > ANSWER_TEXT_MAX - 200 ? cut.slice(0, lastSpace) : cut) + '…';
}

function toAnswer(parsed: ParsedAnswer): Answer {
  const base = { _key: parsed.questionKey, questionKey: parsed.questionKey };
  if ('text' in parsed) return { ...base, text: scrubbed(parsed.text), moderation: 'pending' };
  if ('score' in parsed) return { ...base, score: parsed.score };
  if ('choices' in parsed) return { ...base, choices: parsed.choices };
  return { ...base, choice: parsed.choice };
}

/** The response as stored: no IP address, no user agent, no receipt code; free text scrubbed and awaiting moderation. */
export function buildResponse(survey: Survey, submission: ParsedSubmission, receiptCode: string, now: Date): SurveyResponse {
  return {
    _id: responseIdFor(submission.submissionId),
    _type: 'surveyResponse',
    survey: { _type: 'reference', _ref: survey._id, _weak: true },
    submissionId: submission.submissionId,
    receiptHash: receiptHash(receiptCode),
    submittedAt: now.toISOString(),
    audience: survey.audience,
    ...(submission.agePhase ? { agePhase: submission.agePhase } : {}),
    answers: submission.answers.map(toAnswer),
  };
}

/**
 * Store a checked submission; resolves once the store has it durably. A submission id seen before is not stored
 * again: the caller gets the same receipt code back, with `duplicate: true`.
 */
export async function storeSubmission(
  store: ContentStore,
  survey: Survey,
  submission: ParsedSubmission,
  now: Date,
  options: StoreSubmissionOptions = {},
): Promise<{ receiptCode: string; duplicate: boolean }> {
  if (submission.surveyId !== survey._id) {
    throw new Error(`the submission was checked against survey "${submission.surveyId}", not "${survey._id}"`);
  }
  const receiptCode = receiptCodeFor(submission.submissionId, options.secret ?? serverSecret());
  const { created } = await store.createIfNotExists(buildResponse(survey, submission, receiptCode, now));
  return { receiptCode, duplicate: !created };
}

/** Delete the response a receipt code belongs to. A code that is mistyped or unknown is 'not-found'. */
export async function deleteByReceipt(store: ContentStore, receiptCode: string, now: Date): Promise<'deleted' | 'not-found'> {
  const code = normaliseReceiptCode(receiptCode);
  if (!code) return 'not-found';
  const ids = await store.query<string[]>(
    '*[_type == "surveyResponse" && receiptHash == $hash]._id',
    { hash: receiptHash(code) },
    { dataset: 'feedback' },
  );
  if (!ids || ids.length === 0) return 'not-found';
  await eraseFeedback(store, ids, 'deleted with its receipt code', now);
  return 'deleted';
}
