// Anonymous survey responses for the private feedback dataset, consistent with the surveys' questions.
import { createHash } from 'node:crypto';
import { addDays, isoDateTime, toTime } from './dates.ts';
import { crossRef, docId, refItems } from './ids.ts';
import { designedPositiveShare, surveyId, type SurveyKey } from './measures.ts';
import { createRandom, type Random } from './random.ts';
import { DONT_KNOW, SURVEYS, type QuestionSpec } from './surveys.ts';
import { THEMES, themeId, type ThemeSlug } from './themes.ts';
import {
  MISSING_SERVICES,
  PARENT_CHANGE,
  PARENT_WORKING_WELL,
  REJECTED_COMMENTS,
  WOULD_LIKE_TO_DO,
  YOUNG_PERSON_CHANGE,
} from './comments.ts';

const THEME_SLUGS = THEMES.map((t) => t.slug);
/** Comments newer than this have mostly not been moderated yet. */
const MODERATION_LAG_DAYS = 28;

type Answer = {
  _key: string;
  questionKey: string;
  choice?: string;
  choices?: string[];
  score?: number;
  text?: string;
  moderation?: 'pending' | 'approved' | 'rejected';
  themes?: ReturnType<typeof refItems>;
};

export const responseId = (n: number) => docId('response', String(n).padStart(6, '0'));

export function generateResponses(seed: number, count: number, today: string) {
  const rng = createRandom(seed, 'responses');
  const end = toTime(today);
  // Draw every submission time first and sort, so response.000001 is the earliest and ids read in time order.
  const planned = Array.from({ length: count }, () => {
    const survey: SurveyKey = rng.chance(0.6) ? 'parents-carers' : 'young-people';
    const start = toTime(SURVEYS[survey].opensAt);
    const close = Math.min(toTime(SURVEYS[survey].closesAt), end);
    // Mostly spread evenly, a quarter leaning later: more families hear about the survey as time goes on.
    const u = rng.chance(0.75) ? rng.next() : Math.sqrt(rng.next());
    return { survey, time: start + Math.floor(u * (close - start)) };
  }).sort((a, b) => a.time - b.time);
  const moderatedBefore = addDays(today, -MODERATION_LAG_DAYS);
  return planned.map(({ survey, time }, i) => {
    const submittedAt = isoDateTime(time);
    const ctx: AnswerContext = { rng, survey, date: submittedAt.slice(0, 10), moderated: submittedAt.slice(0, 10) < moderatedBefore };
    const answers = answerAll(SURVEYS[survey].questions, ctx);
    const phase = answers.find((a) => a.questionKey === 'age-phase')?.choice;
    return {
      _id: responseId(i + 1),
      _type: 'surveyResponse' as const,
      survey: crossRef(surveyId(survey)),
      submissionId: rng.uuid(),
      receiptHash: createHash('sha256').update(`WM-${rng.hex(10).toUpperCase()}`).digest('hex'),
      submittedAt,
      audience: SURVEYS[survey].audience,
      ...(phase ? { agePhase: phase } : {}),
      answers,
    };
  });
}

interface AnswerContext {
  rng: Random;
  survey: SurveyKey;
  date: string;
  moderated: boolean;
}

function answerAll(questions: readonly QuestionSpec[], ctx: AnswerContext): Answer[] {
  const answers: Answer[] = [];
  const given = new Map<string, string>();
  for (const q of questions) {
    if (q.showIf && given.get(q.showIf.questionKey) !== q.showIf.equals) continue;
    if (!q.required && !ctx.rng.chance(answerRate(q))) continue;
    const answer = answerOne(q, ctx, given);
    if (!answer) continue;
    if (answer.choice) given.set(q.key, answer.choice);
    answers.push(answer);
  }
  return answers;
}

/** People skip optional free-text questions far more often than tick-box ones. */
function answerRate(q: QuestionSpec): number {
  if (q.type === 'long-text') return 0.45;
  if (q.type === 'short-text') return q.showIf ? 0.6 : 0.2;
  return 0.9;
}

function answerOne(q: QuestionSpec, ctx: AnswerContext, given: Map<string, string>): Answer | undefined {
  const { rng } = ctx;
  const base = { _key: q.key, questionKey: q.key };
  const values = (q.options ?? []).map((o) => o.value);
  if (q.allowDontKnow && rng.chance(0.06)) return { ...base, choice: DONT_KNOW };
  switch (q.type) {
    case 'scale':
    case 'symbol-scale':
      return { ...base, score: score(rng, positiveShare(ctx, q.key)) };
    case 'age-phase':
      return { ...base, choice: agePhase(rng, ctx.survey, values) };
    case 'yes-no':
      return { ...base, choice: rng.chance(q.key === 'things-to-do' ? 0.4 + 0.15 * yearsIn(ctx.date) : 0.45) ? 'yes' : 'no' };
    case 'single-choice':
      if (q.key === 'overall-experience') return { ...base, choice: overall(rng, positiveShare(ctx, q.key)) };
      return { ...base, choice: rng.pick(values) };
    case 'multiple-choice': {
      if (values.includes('none') && rng.chance(0.3)) return { ...base, choices: ['none'] };
      const picked = new Set(rng.sample(values.filter((v) => v !== 'none'), rng.weighted([[1, 5], [2, 3], [3, 2]])));
      return { ...base, choices: values.filter((v) => picked.has(v)) };
    }
    case 'short-text':
    case 'long-text':
      return text(q, ctx, given, base);
  }
}

/** Years since the start of 2024: the improvement the plan is meant to bring shows up over time. */
function yearsIn(date: string): number {
  return Math.max(0, (toTime(date) - toTime('2024-01-01')) / (365.25 * 86_400_000));
}

/** Memoised by survey, question and day: large runs ask the same question about the same day many times. */
const shares = new Map<string, number>();
function positiveShare(ctx: AnswerContext, key: string): number {
  const memo = `${ctx.survey}|${key}|${ctx.date}`;
  let share = shares.get(memo);
  if (share === undefined) {
    share = designedPositiveShare(ctx.survey, key, ctx.date) ?? 0.4 + 0.05 * yearsIn(ctx.date);
    shares.set(memo, share);
  }
  return share;
}

function score(rng: Random, positive: number): number {
  return rng.chance(positive) ? rng.weighted([[4, 6], [5, 4]]) : rng.weighted([[1, 2], [2, 4], [3, 4]]);
}

function overall(rng: Random, positive: number): string {
  return rng.chance(positive) ? rng.weighted([['very-good', 3], ['good', 7]]) : rng.weighted([['mixed', 5], ['poor', 3.5], ['very-poor', 1.5]]);
}

function agePhase(rng: Random, survey: SurveyKey, values: string[]): string {
  const weights: Record<string, number> =
    survey === 'parents-carers'
      ? { 'early-years': 2, primary: 3.5, secondary: 3, 'preparing-for-adulthood': 1.5 }
      : { secondary: 6.5, 'preparing-for-adulthood': 3.5 };
  return rng.weighted(values.map((v) => [v, weights[v] ?? 1] as const));
}

function text(q: QuestionSpec, ctx: AnswerContext, given: Map<string, string>, base: { _key: string; questionKey: string }): Answer {
  const { rng } = ctx;
  const moderation = ctx.moderated ? rng.weighted([['approved', 80], ['rejected', 8], ['pending', 12]] as const) : rng.chance(0.15) ? 'approved' : 'pending';
  if (moderation === 'rejected') return { ...base, text: clip(rng.pick(REJECTED_COMMENTS), q), moderation };
  let body: string;
  let themes: ThemeSlug[];
  if (q.key === 'missing-from-local-offer') [body, themes] = [rng.pick(MISSING_SERVICES), ['things-to-do']];
  else if (q.key === 'would-like-to-do') [body, themes] = [rng.pick(WOULD_LIKE_TO_DO), ['things-to-do']];
  else {
    const bank = q.key === 'what-works' ? PARENT_WORKING_WELL : ctx.survey === 'young-people' ? YOUNG_PERSON_CHANGE : PARENT_CHANGE;
    // Parents of young children write about waiting and information more; older children's about adulthood.
    const first = pickTheme(rng, given.get('age-phase'));
    themes = rng.chance(0.3) ? [first, pickTheme(rng, given.get('age-phase'))] : [first];
    themes = [...new Set(themes)];
    body = themes.map((t) => rng.pick(bank[t])).join(' ');
  }
  const answer: Answer = { ...base, text: clip(body, q), moderation };
  if (moderation === 'approved') answer.themes = refItems(themes.map(themeId), true);
  return answer;
}

function pickTheme(rng: Random, phase: string | undefined): ThemeSlug {
  const lean: Partial<Record<ThemeSlug, number>> =
    phase === 'early-years' ? { 'waiting-times': 3, 'finding-information': 2 }
    : phase === 'preparing-for-adulthood' ? { 'preparing-for-adulthood': 4 }
    : phase === 'secondary' ? { 'support-in-school': 2, 'things-to-do': 2 }
    : { 'support-in-school': 2, 'ehc-communication': 2 };
  return rng.weighted(THEME_SLUGS.map((t) => [t, lean[t] ?? 1] as const));
}

function clip(text: string, q: QuestionSpec): string {
  return q.maxLength && text.length > q.maxLength ? text.slice(0, q.maxLength) : text;
}
