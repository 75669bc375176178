// Moderating free-text answers for the embedded store: list what waits, approve or reject it, quote approved text.
// Every check runs before any write, so a bad id, theme or page changes nothing.
import { ApprovedQuote, type Answer, type SurveyResponse } from '../model/index.ts';
import { scrubPersonalData } from '../privacy/scrub.ts';
import { RevisionConflictError, type ContentStore } from '../store/port.ts';
import { londonDate } from '../text/dates.ts';

export const QUOTE_MAX = 600;

export class ModerationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModerationError';
  }
}

/** One answer, as "<response id>:<question key>". */
export interface AnswerRef {
  responseId: string;
  questionKey: string;
}

export function parseAnswerRef(text: string): AnswerRef {
  const match = /^([a-z0-9_.-]+):([a-z][a-z0-9-]*)$/i.exec(text.trim());
  if (!match) throw new ModerationError(`"${text}" is not an answer id: use <response id>:<question key>, as --list shows them`);
  return { responseId: match[1]!, questionKey: match[2]! };
}

export const formatAnswerRef = (ref: AnswerRef) => `${ref.responseId}:${ref.questionKey}`;

export interface PendingAnswer extends AnswerRef {
  surveyId: string;
  surveyTitle: string;
  questionLabel: string;
  submittedAt: string;
  /** As stored: scrubbed when it arrived. */
  text: string;
}

interface StoredSurvey {
  _id: string;
  title: string;
  questions: { key: string; label: string }[];
}

async function surveysById(store: ContentStore): Promise<Map<string, StoredSurvey>> {
  const surveys = await store.query<StoredSurvey[]>('*[_type == "survey"]{ _id, title, "questions": questions[]{ key, label } }');
  return new Map(surveys.map((s) => [s._id, s]));
}

/** Written answers nobody has moderated yet, oldest first. */
export async function listPendingAnswers(store: ContentStore): Promise<PendingAnswer[]> {
  const [responses, surveys] = await Promise.all([
    store.query<Pick<SurveyResponse, '_id' | 'survey' | 'submittedAt' | 'answers'>[]>(
      `*[_type == "surveyResponse" && count(answers[defined(text) && (moderation == "pending" || !defined(moderation))]) > 0]
        | order(submittedAt asc, _id asc){ _id, survey, submittedAt, answers }`,
      {},
      { dataset: 'feedback' },
    ),
    surveysById(store),
  ]);
  return responses.flatMap((r) =>
    r.answers
      .filter((a) => a.text !== undefined && a.text.trim() !== '' && (a.moderation ?? 'pending') === 'pending')
      .map((a) => {
        const survey = surveys.get(r.survey._ref);
        return {
          responseId: r._id,
          questionKey: a.questionKey,
          surveyId: r.survey._ref,
          surveyTitle: survey?.title ?? r.survey._ref,
          questionLabel: survey?.questions.find((q) => q.key === a.questionKey)?.label ?? a.questionKey,
          submittedAt: r.submittedAt,
          text: a.text!,
        };
      }),
  );
}

export interface ModerationRequest extends AnswerRef {
  decision: 'approve' | 'reject';
  /** Feedback theme slugs; given, they replace the answer's themes. */
  themes?: string[];
  /** Copy the approved text into a "You said, we did" entry's quotes. */
  quoteTo?: { slug: string; attribution?: string };
}

export interface ModerationOutcome {
  answer: AnswerRef;
  moderation: 'approved' | 'rejected';
  themes: string[];
  /** Where the quote went, or from where quotes of a now-rejected answer were taken down. */
  quotedIn?: string;
  quoteText?: string;
  removedFrom: string[];
}

type Phase = NonNullable<SurveyResponse['agePhase']>;
const PHASE_WORDS: Record<Phase, string> = {
  'early-years': 'a child in the early years',
  primary: 'a primary-age child',
  secondary: 'a secondary-age child',
  'preparing-for-adulthood': 'a young person preparing for adulthood',
};

/** Who said it, in general terms only: the audience and age phase, never anything more specific. */
export function defaultAttribution(response: Pick<SurveyResponse, 'audience' | 'agePhase'>): string {
  if (response.audience === 'young-people') {
    return response.agePhase === 'preparing-for-adulthood' ? 'A young person preparing for adulthood' : 'A young person';
  }
  return response.agePhase ? `A parent or carer of ${PHASE_WORDS[response.agePhase]}` : 'A parent or carer';
}

/** The quote's key: one per answer, so quoting twice is harmless and a later rejection can find it. */
const quoteKey = (ref: AnswerRef) => `quote-${ref.responseId}-${ref.questionKey}`.replace(/[^a-z0-9_-]/gi, '-');

/** What every quote taken from one response starts with: how erasing the response finds them all. */
export const quoteKeyPrefix = (responseId: string) => `quote-${responseId}-`.replace(/[^a-z0-9_-]/gi, '-');

interface YouSaidWeDidDoc {
  _id: string;
  _rev: string;
  title: string;
  quotes?: ApprovedQuote[];
}

/**
 * Approve or reject one written answer, tag it with themes, and (approving) quote it on a "You said, we did" page.
 * The quote is the stored text scrubbed once more with today's rules; rejecting an answer takes down any quote of it.
 */
export async function moderateAnswer(store: ContentStore, request: ModerationRequest, now: Date): Promise<ModerationOutcome> {
  const ref = { responseId: request.responseId, questionKey: request.questionKey };
  const response = (await store.getDocument(ref.responseId, { dataset: 'feedback' })) as SurveyResponse | null;
  if (!response || response._type !== 'surveyResponse') {
    throw new ModerationError(`There is no survey response "${ref.responseId}". Run --list to see the answers waiting.`);
  }
  const index = response.answers.findIndex((a) => a.questionKey === ref.questionKey);
  const answer = response.answers[index];
  if (!answer || answer.text === undefined) {
    const written = response.answers.filter((a) => a.text !== undefined).map((a) => a.questionKey);
    throw new ModerationError(
      `Response "${ref.responseId}" has no written answer to "${ref.questionKey}"` +
        (written.length ? `; its written answers are: ${written.join(', ')}` : '; it has no written answers'),
    );
  }

  const themeIds = await resolveThemes(store, request.themes);
  let quote: { target: YouSaidWeDidDoc; value: ApprovedQuote } | undefined;
  if (request.quoteTo) {
    if (request.decision !== 'approve') throw new ModerationError('Only an approved answer can be quoted: use --approve with --quote-to');
    quote = await prepareQuote(store, request.quoteTo, ref, answer, response, now);
  }

  // Checks done: now the writes, the answer first, so a quote never goes up for an answer that is not approved.
  const moderation = request.decision === 'approve' ? 'approved' : 'rejected';
  const updated: Answer = {
    ...answer,
    moderation,
    ...(themeIds ? { themes: themeIds.map((id) => ({ _type: 'reference' as const, _ref: id, _key: id, _weak: true as const })) } : {}),
  };
  const answers = response.answers.map((a, i) => (i === index ? updated : a));
  await guarded(() => store.patch(response._id, { set: { answers }, ifRevisionId: response._rev }, { dataset: 'feedback' }));

  const outcome: ModerationOutcome = {
    answer: ref,
    moderation,
    themes: (updated.themes ?? []).map((t) => t._ref),
    removedFrom: [],
  };
  if (quote) {
    const existing = quote.target.quotes ?? [];
    if (!existing.some((q) => q._key === quote.value._key || q.text === quote.value.text)) {
      await guarded(() =>
        store.patch(quote.target._id, { set: { quotes: [...existing, quote.value] }, ifRevisionId: quote.target._rev }, { dataset: 'content' }),
      );
    }
    outcome.quotedIn = quote.target._id;
    outcome.quoteText = quote.value.text;
  }
  if (moderation === 'rejected') outcome.removedFrom = await takeDownQuotes(store, ref);
  return outcome;
}

async function resolveThemes(store: ContentStore, slugs: string[] | undefined): Promise<string[] | undefined> {
  if (!slugs || slugs.length === 0) return undefined;
  const themes = await store.query<{ _id: string; slug: string }[]>('*[_type == "feedbackTheme"] | order(slug.current asc){ _id, "slug": slug.current }');
  const bySlug = new Map(themes.map((t) => [t.slug, t._id]));
  const unknown = slugs.filter((s) => !bySlug.has(s));
  if (unknown.length) {
    throw new ModerationError(
      `No feedback theme has the slug ${unknown.map((s) => `"${s}"`).join(', ')}. Themes: ${themes.map((t) => t.slug).join(', ')}`,
    );
  }
  return [...new Set(slugs.map((s) => bySlug.get(s)!))];
}

async function prepareQuote(
  store: ContentStore,
  quoteTo: { slug: string; attribution?: string },
  ref: AnswerRef,
  answer: Answer,
  response: SurveyResponse,
  now: Date,
): Promise<{ target: YouSaidWeDidDoc; value: ApprovedQuote }> {
  const target = await store.query<YouSaidWeDidDoc | null>(
    '*[_type == "youSaidWeDid" && slug.current == $slug][0]{ _id, _rev, title, quotes }',
    { slug: quoteTo.slug },
  );
  if (!target) {
    const pages = await store.query<{ slug: string }[]>('*[_type == "youSaidWeDid"] | order(slug.current asc){ "slug": slug.current }');
    throw new ModerationError(`No "You said, we did" has the slug "${quoteTo.slug}". There are: ${pages.map((p) => p.slug).join(', ')}`);
  }
  // Only scrubbed text goes public: scrubbed on arrival, and again now in case the rules have improved since.
  const text = scrubPersonalData(answer.text!.trim()).text;
  if (text.length > QUOTE_MAX) {
    throw new ModerationError(`At ${text.length} characters the answer is too long to quote (the most is ${QUOTE_MAX}): summarise it instead`);
  }
  const attribution = (quoteTo.attribution ?? '').trim() || defaultAttribution(response);
  if (scrubPersonalData(attribution).redactions.length > 0) {
    throw new ModerationError(`The attribution "${attribution}" could identify someone: describe them in general terms, like "A parent of a primary-age child"`);
  }
  const parsed = ApprovedQuote.safeParse({ _key: quoteKey(ref), text, attribution, approvedAt: londonDate(now) });
  if (!parsed.success) throw new ModerationError(`The quote is not valid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return { target, value: parsed.data };
}

/** Quotes of an answer that is now rejected come down from every "You said, we did" page. */
async function takeDownQuotes(store: ContentStore, ref: AnswerRef): Promise<string[]> {
  const key = quoteKey(ref);
  const pages = await store.query<YouSaidWeDidDoc[]>('*[_type == "youSaidWeDid" && $key in quotes[]._key]{ _id, _rev, title, quotes }', { key });
  for (const page of pages) {
    await guarded(() =>
      store.patch(page._id, { set: { quotes: (page.quotes ?? []).filter((q) => q._key !== key) }, ifRevisionId: page._rev }, { dataset: 'content' }),
    );
  }
  return pages.map((p) => p._id);
}

async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof RevisionConflictError) {
      throw new ModerationError(`Someone else changed "${error.documentId}" while this ran. Nothing of theirs was overwritten: run the command again.`);
    }
    throw error;
  }
}
