// Have your say: check, store and delete survey submissions; receipt codes; save and come back later.
export { visibleQuestions, acceptedValues, maxLengthOf, isTextQuestion, ANSWER_FIELD, DEFAULT_MAX_LENGTH, type AnswerValues } from './questions.ts';
export { answerSchema, type ParsedAnswer } from './answer-schema.ts';
export { parseSubmission, validateQuestion, SubmissionId, NOTHING_ANSWERED, type ParsedSubmission, type SubmissionErrors } from './submission.ts';
export { requiredMessage, tooLongMessage } from './messages.ts';
export { surveyIsOpen, type SurveyOpenState } from './open.ts';
export { storeSubmission, deleteByReceipt, buildResponse, responseIdFor, type StoreSubmissionOptions } from './store-submission.ts';
export { normaliseReceiptCode, receiptCodeFor, receiptHash } from './receipt-code.ts';
export {
  createResumeCode,
  readResumeCode,
  RESUME_DAYS,
  RESUME_EXPIRED,
  RESUME_ALREADY_SENT,
  RESUME_INVALID,
  type ResumeOptions,
  type ResumeResult,
} from './resume-code.ts';
export { loadServerSecret, serverSecret, useServerSecret, ServerSecretError, SECRET_ENV } from './server-secret.ts';
export { scrubPersonalData, type RedactionKind, type ScrubResult } from '../privacy/scrub.ts';
export { DONT_KNOW } from '../model/index.ts';
export {
  listPendingAnswers,
  moderateAnswer,
  parseAnswerRef,
  formatAnswerRef,
  defaultAttribution,
  ModerationError,
  QUOTE_MAX,
  type AnswerRef,
  type PendingAnswer,
  type ModerationRequest,
  type ModerationOutcome,
} from './moderation.ts';
