// Error messages in the GOV.UK Design System's patterns, worded from a question when its editor did not write one.
import type { Question } from '../model/index.ts';
import { isTextQuestion } from './questions.ts';

/** "How do you feel at school?" → "how you feel at school": the few question shapes that turn round safely. */
const REPHRASINGS: [RegExp, (m: RegExpMatchArray) => string][] = [
  // "Which part of Westmoor do you live in?" → "which part of Westmoor you live in"
  [/^(how|what|which|who|when|where|why)\b(.*?)\s+(?:do|did)\s+you\s+(.+)$/i, (m) => `${m[1]!.toLowerCase()}${m[2]} you ${m[3]}`],
  // "What would you like to do?" → "what you would like to do"
  [/^(how|what|which|who|when|where|why)\b(.*?)\s+(would|could|should|can|will)\s+you\s+(.+)$/i, (m) => `${m[1]!.toLowerCase()}${m[2]} you ${m[3]!.toLowerCase()} ${m[4]}`],
  // "How old are you?" → "how old you are"
  [/^(how|what|which|who|when|where|why)\b(.*?)\s+are\s+you\b(.*)$/i, (m) => `${m[1]!.toLowerCase()}${m[2]} you are${m[3]}`],
  // "Who helps you most?" → "who helps you most"
  [/^(who)\s+(?!do\b|does\b|did\b|are\b|is\b|was\b|were\b)(.+)$/i, (m) => `${m[1]!.toLowerCase()} ${m[2]}`],
  // "Do adults listen to you?" → "if adults listen to you"
  [/^do\s+(you|they|we|adults|people|staff|children|young people)\s+(.+)$/i, (m) => `if ${m[1]!.toLowerCase() === 'you' ? 'you' : m[1]} ${m[2]}`],
  // "Are there enough things to do?" → "if there are enough things to do"
  [/^(are|were)\s+(you|there|they|we)\s+(.+)$/i, (m) => `if ${m[2]!.toLowerCase()} ${m[1]!.toLowerCase()} ${m[3]}`],
];

function rephrase(label: string): string | undefined {
  const trimmed = label.trim();
  if (!trimmed.endsWith('?')) return undefined;
  const question = trimmed.slice(0, -1).replace(/^overall,\s*/i, '');
  for (const [pattern, turn] of REPHRASINGS) {
    const m = question.match(pattern);
    if (m) return turn(m);
  }
  return undefined;
}

/** What to say when a shown, required question has no answer. */
export function requiredMessage(q: Question): string {
  if (q.errorMessage) return q.errorMessage;
  const about = rephrase(q.label);
  if (isTextQuestion(q)) return about ? `Enter ${about}` : 'Enter your answer';
  if (q.type === 'multiple-choice') return about ? `Select ${about}` : 'Select at least one answer';
  return about ? `Select ${about}` : 'Select an answer';
}

export function tooLongMessage(max: number): string {
  return `Your answer must be ${max.toLocaleString('en-GB')} characters or fewer`;
}

/** A value the page never offered: a tampered or out-of-date form. */
export const NOT_AN_OPTION = 'Select one of the answers shown';
export const ONE_ANSWER_ONLY = 'Select one answer only';
export const EXCLUSIVE_ANSWER = (label: string) => `Select “${label}” on its own, or select the answers that apply`;
export const NOT_TEXT = 'Enter your answer as text';
export const UNKNOWN_QUESTION = 'This question is not part of this survey. Go back to the survey and try again';
export const BAD_SUBMISSION_ID = 'Your answers could not be sent because the form was incomplete. Go back to the survey and try again';
