// Moderating free-text survey answers: which are waiting, what approving or rejecting changes, and how an approved
// answer becomes a quote in a "You said, we did" (quotes live in the public dataset, answers in the private one).
import { ApprovedQuote, MODERATION_STATES, type AGE_PHASE_SLUGS, type SURVEY_AUDIENCES } from '../../src/model/index.ts';
import { scrubPersonalData, type RedactionKind } from '../../src/privacy/scrub.ts';
import type { KeyFn } from './keys.ts';

type Moderation = (typeof MODERATION_STATES)[number];
type Audience = (typeof SURVEY_AUDIENCES)[number];
type Phase = (typeof AGE_PHASE_SLUGS)[number];

export interface AnswerLike {
  _key: string;
  questionKey?: string;
  text?: string;
  moderation?: Moderation;
  themes?: { _ref: string }[];
}

export interface ResponseLike {
  _id: string;
  audience?: Audience;
  agePhase?: Phase;
  submittedAt?: string;
  answers?: AnswerLike[];
}

/** A free-text answer nobody has moderated yet (the site stores new text as pending; older data may have no state). */
export function isPendingText(answer: AnswerLike): boolean {
  return Boolean(answer.text?.trim()) && (answer.moderation === undefined || answer.moderation === 'pending');
}

export function pendingTextAnswers(response: ResponseLike | null | undefined): AnswerLike[] {
  return (response?.answers ?? []).filter(isPendingText);
}

/** The GROQ path of one answer's field, addressed by key so concurrent edits to other answers cannot misplace it. */
export const answerPath = (answerKey: string, field: string) => `answers[_key=="${answerKey}"].${field}`;

export type ModerationDecision =
  | { kind: 'patch'; set: Record<string, Moderation>; message: string }
  | { kind: 'refused'; reason: string };

/** What approving or rejecting one answer sets on the response: its moderation state, nothing else. */
export function decideModeration(response: ResponseLike | null | undefined, answerKey: string, decision: 'approved' | 'rejected'): ModerationDecision {
  const answer = response?.answers?.find((a) => a._key === answerKey);
  if (!answer) return { kind: 'refused', reason: 'That answer is no longer in this response' };
  if (!answer.text?.trim()) return { kind: 'refused', reason: 'Only free-text answers are moderated' };
  if (!isPendingText(answer)) return { kind: 'refused', reason: `This answer was already ${answer.moderation === 'approved' ? 'approved' : 'rejected'}` };
  return {
    kind: 'patch',
    set: { [answerPath(answerKey, 'moderation')]: decision },
    message: decision === 'approved' ? 'Approved: it may now be quoted.' : 'Rejected: it will never be published.',
  };
}

/**
 * The text a moderator sees and a quote carries: the stored text (scrubbed when it was submitted) scrubbed once more
 * with today's rules, in case they have improved since. `redactions` says what this second pass removed.
 */
export function scrubbedText(answer: AnswerLike): { text: string; redactions: RedactionKind[] } {
  return scrubPersonalData(answer.text?.trim() ?? '');
}

const PHASE_WORDS: Record<Phase, { child: string; youngPerson: string }> = {
  'early-years': { child: 'a child in the early years', youngPerson: 'a young person' },
  primary: { child: 'a primary-age child', youngPerson: 'a young person of primary age' },
  secondary: { child: 'a secondary-age child', youngPerson: 'a young person of secondary age' },
  'preparing-for-adulthood': { child: 'a young person preparing for adulthood', youngPerson: 'a young person preparing for adulthood' },
};

/** Who said it, in general terms only: the audience and age phase, never anything more specific. */
export function attributionFor(response: Pick<ResponseLike, 'audience' | 'agePhase'>): string {
  const phase = response.agePhase ? PHASE_WORDS[response.agePhase] : undefined;
  if (response.audience === 'young-people') {
    return phase ? capitalise(phase.youngPerson) : 'A young person';
  }
  return phase ? `A parent or carer of ${phase.child}` : 'A parent or carer';
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const QUOTE_MAX = 600;

export type QuoteResult = { kind: 'quote'; quote: ApprovedQuote } | { kind: 'refused'; reason: string };

/** An approved answer as a quote for the public dataset: its scrubbed text, a general attribution, today. */
export function quoteFromAnswer(
  answer: AnswerLike,
  response: Pick<ResponseLike, 'audience' | 'agePhase'>,
  options: { today: string; key: KeyFn; attribution?: string },
): QuoteResult {
  const { text } = scrubbedText(answer);
  if (!text) return { kind: 'refused', reason: 'There is no text to quote' };
  if (answer.moderation === 'rejected') return { kind: 'refused', reason: 'A rejected answer is never quoted' };
  if (text.length > QUOTE_MAX) {
    return { kind: 'refused', reason: `At ${text.length} characters it is too long to quote (the most is ${QUOTE_MAX}): summarise it instead` };
  }
  const parsed = ApprovedQuote.safeParse({
    _key: options.key(),
    text,
    attribution: options.attribution?.trim() || attributionFor(response),
    approvedAt: options.today,
  });
  if (!parsed.success) return { kind: 'refused', reason: parsed.error.issues.map((i) => i.message).join('; ') };
  return { kind: 'quote', quote: parsed.data };
}

/** The raw mutations Sanity's API takes, as `client.mutate()` accepts them. */
export type Mutation =
  | { createIfNotExists: Record<string, unknown> & { _id: string; _type: string } }
  | { patch: { id: string; setIfMissing?: Record<string, unknown>; insert?: { after: string; items: unknown[] } } };

const SYSTEM_FIELDS = ['_rev', '_createdAt', '_updatedAt'];

/**
 * Add a quote to a "You said, we did" without publishing it: into its draft, creating the draft from the published
 * document when there is none, so the comms team reviews the change and publishes it themselves.
 */
export function addQuoteMutations(
  target: { id: string; published?: Record<string, unknown> | null; draft?: Record<string, unknown> | null },
  quote: ApprovedQuote,
): { kind: 'mutations'; mutations: Mutation[] } | { kind: 'refused'; reason: string } {
  const base = target.draft ?? target.published;
  if (!base) return { kind: 'refused', reason: 'That "You said, we did" no longer exists' };
  const existing = (base.quotes ?? []) as { text?: string }[];
  if (existing.some((q) => q.text?.trim() === quote.text)) return { kind: 'refused', reason: 'That quote is already there' };
  const draftId = `drafts.${target.id.replace(/^drafts\./, '')}`;
  const mutations: Mutation[] = [];
  if (!target.draft) {
    const copy = Object.fromEntries(Object.entries(base).filter(([k]) => !SYSTEM_FIELDS.includes(k)));
    mutations.push({ createIfNotExists: { ...copy, _id: draftId, _type: String(base._type) } });
  }
  mutations.push({ patch: { id: draftId, setIfMissing: { quotes: [] } } });
  mutations.push({ patch: { id: draftId, insert: { after: 'quotes[-1]', items: [quote] } } });
  return { kind: 'mutations', mutations };
}
