// "Draft a You said, we did" from a feedback theme: the evidence behind it (how many answers are tagged with it and
// the approved quotes), linked to the theme, its plan areas and their actions, ready for the comms team to finish.
import { YouSaidWeDid } from '../../src/model/index.ts';
import type { KeyFn } from './keys.ts';
import { slugify } from './keys.ts';
import { QUOTE_MAX, quoteFromAnswer, scrubbedText, type AnswerLike, type ResponseLike } from './moderation.ts';

export interface ThemeLike {
  _id: string;
  title: string;
  description?: string;
  slug?: { current?: string };
  areas?: { _ref: string }[];
}

export interface ActionLike {
  _id: string;
  reference?: string;
  title?: string;
  area?: { _ref: string };
  completedDate?: string;
}

/** Responses with (only) the answers tagged with the theme, as the Studio fetches them from the private dataset. */
export type TaggedResponse = ResponseLike & { answers?: AnswerLike[] };

export interface ThemeEvidence {
  /** Answers tagged with the theme, rejected ones excepted (abusive comments are not evidence to publish). */
  commentCount: number;
  approved: number;
  pending: number;
  rejected: number;
  /** Approved answers short enough to quote, newest first. */
  quotable: { answer: AnswerLike; response: TaggedResponse }[];
}

const tagged = (answer: AnswerLike, themeId: string) => (answer.themes ?? []).some((t) => t._ref === themeId);

export function themeEvidence(themeId: string, responses: readonly TaggedResponse[]): ThemeEvidence {
  const evidence: ThemeEvidence = { commentCount: 0, approved: 0, pending: 0, rejected: 0, quotable: [] };
  const newestFirst = [...responses].sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
  for (const response of newestFirst) {
    for (const answer of response.answers ?? []) {
      if (!tagged(answer, themeId) || !answer.text?.trim()) continue;
      if (answer.moderation === 'rejected') {
        evidence.rejected++;
        continue;
      }
      evidence.commentCount++;
      if (answer.moderation === 'approved') {
        evidence.approved++;
        if (scrubbedText(answer).text.length <= QUOTE_MAX) evidence.quotable.push({ answer, response });
      } else evidence.pending++;
    }
  }
  return evidence;
}

export interface DraftInput {
  theme: ThemeLike;
  responses: readonly TaggedResponse[];
  /** Every action of the plan; those in the theme's areas are linked. */
  actions: readonly ActionLike[];
  today: string;
  key: KeyFn;
  /** How many approved quotes to copy in (the newest); editors can remove or add more. */
  quoteLimit?: number;
}

export interface Draft {
  /** The published id the draft will get; the draft itself is stored as `drafts.<id>`. */
  id: string;
  document: YouSaidWeDid;
  evidence: ThemeEvidence;
}

const ref = (id: string, key: string) => ({ _type: 'reference' as const, _ref: id, _key: key });

export function draftYouSaidWeDid({ theme, responses, actions, today, key, quoteLimit = 3 }: DraftInput): Draft {
  const evidence = themeEvidence(theme._id, responses);
  const areaIds = (theme.areas ?? []).map((a) => a._ref);
  const linked = actions
    .filter((a) => a.area && areaIds.includes(a.area._ref))
    .sort((a, b) => (a.reference ?? '').localeCompare(b.reference ?? '', 'en', { numeric: true }));
  const slug = `${theme.slug?.current || slugify(theme.title)}-${today}`;
  const quotes = evidence.quotable
    .slice(0, quoteLimit)
    .map(({ answer, response }) => quoteFromAnswer(answer, response, { today, key }))
    .flatMap((r) => (r.kind === 'quote' ? [r.quote] : []));
  const comments = evidence.commentCount === 1 ? '1 comment' : `${evidence.commentCount} comments`;
  const document = YouSaidWeDid.parse({
    _id: `drafts.youSaidWeDid-${slug}`,
    _type: 'youSaidWeDid',
    title: theme.title,
    slug: { _type: 'slug', current: slug },
    publishedAt: today,
    youSaid: `[Draft: summarise the ${comments} tagged "${theme.title}" fairly, including the critical ones.] ${theme.description ?? ''}`.trim(),
    commentCount: evidence.commentCount,
    quotes,
    weDid: linked.length
      ? `[Draft: say what changed for families.] Actions in the plan: ${linked.map((a) => [a.reference, a.title].filter(Boolean).join(' ')).join('; ')}.`
      : '[Draft: say what changed, or what will change and when. If nothing, say why.]',
    themes: [ref(theme._id, key())],
    actions: linked.map((a) => ref(a._id, key())),
    areas: areaIds.map((id) => ref(id, key())),
    agePhases: [],
  });
  return { id: `youSaidWeDid-${slug}`, document, evidence };
}
