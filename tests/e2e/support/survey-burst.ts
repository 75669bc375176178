// Many people sending the parents' survey at once, over real HTTP: each submission different and recognisable, so
// what the store holds afterwards can be checked answer by answer against what was sent and acknowledged.
import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import type { SurveyResponse } from '../../../src/model/index.ts';
import { scrubPersonalData } from '../../../src/privacy/scrub.ts';
import type { LocalStore } from '../../../src/store/index.ts';
import { receiptHash } from '../../../src/surveys/receipt-code.ts';
import { receiptFromCookie } from './receipt.ts';

const PHASES = ['early-years', 'primary', 'secondary', 'preparing-for-adulthood'];
const NEEDS = ['autism', 'adhd', 'speech-language-and-communication', 'learning-disability', 'physical-disability', 'hearing-impairment', 'vision-impairment', 'social-emotional-and-mental-health'];
const AREAS = ['city-centre', 'north', 'east', 'west', 'south', 'moorside'];
const OVERALL = ['very-good', 'good', 'mixed', 'poor', 'very-poor'];
const RECEIPT = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** One person's answers, as the stored response should hold them. */
export interface Expected {
  index: number;
  submissionId: string;
  agePhase: string;
  answers: Record<string, { choice: string } | { choices: string[] } | { score: number } | { text: string }>;
}

export interface Submission {
  expected: Expected;
  /** The form the survey's last page posts. */
  fields: [string, string][];
  /** Send through the page (a plain HTML form post, 303 to the receipt) rather than the action (JavaScript). */
  viaPage: boolean;
}

/**
 * Submission `index` of a run: answers vary with the index, including a free-text answer that names the run and the
 * index in words and characters a form post must carry intact (quotes, ampersands, markup, accents, emoji).
 */
export function submissionFor(run: string, index: number): Submission {
  const needs = [...new Set([NEEDS[index % 8]!, NEEDS[(index * 3 + 1) % 8]!])];
  const ehcp = index % 2 === 0;
  const text = `Answer ${index} in run ${run}: the café’s “quiet hour” & <b>visual timetable</b> help — ✓ 👍`;
  const expected: Expected = {
    index,
    submissionId: randomUUID(),
    agePhase: PHASES[index % 4]!,
    answers: {
      'age-phase': { choice: PHASES[index % 4]! },
      needs: { choices: needs },
      area: { choice: AREAS[index % 6]! },
      'listened-to': { score: (index % 5) + 1 },
      'has-ehcp': { choice: ehcp ? 'yes' : 'no' },
      ...(ehcp ? { 'review-involved': { score: ((index >> 1) % 5) + 1 } } : {}),
      'overall-experience': { choice: OVERALL[index % 5]! },
      'what-works': { text },
    },
  };
  const fields: [string, string][] = [['survey', 'parents-and-carers'], ['submissionId', expected.submissionId], ['step', 'check'], ['nav', 'submit']];
  for (const [key, answer] of Object.entries(expected.answers)) {
    if ('choice' in answer) fields.push([`answers.${key}`, answer.choice]);
    else if ('choices' in answer) for (const c of answer.choices) fields.push([`answers.${key}`, c]);
    else if ('score' in answer) fields.push([`answers.${key}`, String(answer.score)]);
    else fields.push([`answers.${key}`, answer.text]);
  }
  return { expected, fields, viaPage: index % 4 === 3 };
}

/** The text would be stored as sent: the scrubber finds nothing personal in it (else the comparison means nothing). */
export function expectTextKeptAsSent(run: string): void {
  const text = (submissionFor(run, 12345).expected.answers['what-works'] as { text: string }).text;
  expect(scrubPersonalData(text).text).toBe(text);
}

export interface Outcome {
  /** The receipt code the person was shown: the submission was acknowledged. */
  receiptCode?: string;
  duplicate?: boolean;
  /** The HTTP status, or 0 when the connection failed (the server died). */
  status: number;
  error?: string;
}

/** Reads an Astro action's reply (devalue's flat JSON): `[{"receiptCode":1,"duplicate":2},"K7QM-…",false]`. */
function readActionReply(text: string): { receiptCode?: string; duplicate?: boolean } {
  const flat = JSON.parse(text) as unknown[];
  const root = flat[0] as Record<string, number>;
  return { receiptCode: flat[root.receiptCode!] as string | undefined, duplicate: flat[root.duplicate!] as boolean | undefined };
}

/** Send one submission as the browser would: the page's form post, or the action with JavaScript. */
export async function send(origin: string, s: Submission): Promise<Outcome> {
  const body = new URLSearchParams(s.fields);
  try {
    if (s.viaPage) {
      const r = await fetch(`${origin}/have-your-say/parents-and-carers/`, { method: 'POST', headers: { Origin: origin }, body, redirect: 'manual' });
      await r.arrayBuffer();
      const receipt = receiptFromCookie(r.headers.get('set-cookie'));
      return { status: r.status, receiptCode: r.status === 303 ? receipt : undefined };
    }
    const r = await fetch(`${origin}/_actions/submitSurvey`, { method: 'POST', headers: { Origin: origin, Accept: 'application/json' }, body });
    const text = await r.text();
    if (r.status !== 200) return { status: r.status, error: text.slice(0, 300) };
    return { status: r.status, ...readActionReply(text) };
  } catch (error) {
    return { status: 0, error: String((error as Error).cause ?? error) };
  }
}

/**
 * Send every submission, `concurrency` at a time, each worker taking the next as soon as its last was answered.
 * `onOutcome` may return false to stop sending (what is in flight still finishes).
 */
export async function burst(
  origin: string,
  submissions: Submission[],
  concurrency: number,
  onOutcome?: (outcome: Outcome, index: number) => boolean | void,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(submissions.length);
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < submissions.length) {
      const i = next++;
      outcomes[i] = await send(origin, submissions[i]!);
      if (onOutcome?.(outcomes[i], i) === false) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

export function acknowledged(o: Outcome | undefined): o is Outcome & { receiptCode: string } {
  return Boolean(o?.receiptCode && RECEIPT.test(o.receiptCode));
}

/** Every stored response of this run, by submission id; fails if any submission id or answer text appears twice. */
export async function storedResponses(store: LocalStore, run: string): Promise<Map<string, SurveyResponse>> {
  const all: SurveyResponse[] = [];
  for await (const line of store.exportNdjson('feedback')) {
    if (line.includes(`in run ${run}:`)) all.push(JSON.parse(line) as SurveyResponse);
  }
  const bySubmission = new Map<string, SurveyResponse>();
  const texts = new Set<string>();
  const twice: string[] = [];
  for (const r of all) {
    if (bySubmission.has(r.submissionId)) twice.push(r.submissionId);
    bySubmission.set(r.submissionId, r);
    const text = r.answers.find((a) => a.questionKey === 'what-works' && 'text' in a) as { text: string } | undefined;
    if (text && texts.has(text.text)) twice.push(`text "${text.text}"`);
    if (text) texts.add(text.text);
  }
  expect(twice, 'submissions stored more than once').toEqual([]);
  return bySubmission;
}

/** What was stored for one submission differs from what was sent, in words; empty when it matches. */
export function differences(expected: Expected, stored: SurveyResponse | undefined, receiptCode?: string): string[] {
  if (!stored) return [`submission ${expected.index} (${expected.submissionId}) is missing`];
  const out: string[] = [];
  const tag = `submission ${expected.index}`;
  if (stored._id !== `response-${expected.submissionId}`) out.push(`${tag}: stored as ${stored._id}`);
  if (stored.survey._ref !== 'survey-parents-carers') out.push(`${tag}: stored against ${stored.survey._ref}`);
  if (stored.agePhase !== expected.agePhase) out.push(`${tag}: age phase ${stored.agePhase}, sent ${expected.agePhase}`);
  if (receiptCode && stored.receiptHash !== receiptHash(receiptCode)) out.push(`${tag}: the receipt code shown does not match the stored response`);
  const keys = stored.answers.map((a) => a.questionKey).sort();
  const sentKeys = Object.keys(expected.answers).sort();
  if (JSON.stringify(keys) !== JSON.stringify(sentKeys)) out.push(`${tag}: answers to ${keys.join(',')}, sent ${sentKeys.join(',')}`);
  for (const a of stored.answers) {
    const sent = expected.answers[a.questionKey];
    if (!sent) continue;
    const value = Object.fromEntries(['choice', 'choices', 'score', 'text'].filter((k) => k in a).map((k) => [k, (a as Record<string, unknown>)[k]]));
    if ('text' in value && a.moderation !== 'pending') out.push(`${tag}: free text stored as ${a.moderation}, not waiting for moderation`);
    const normal = 'choices' in value ? { choices: [...(value.choices as string[])].sort() } : value;
    const want = 'choices' in sent ? { choices: [...sent.choices].sort() } : sent;
    if (JSON.stringify(normal) !== JSON.stringify(want)) out.push(`${tag}: ${a.questionKey} stored ${JSON.stringify(normal)}, sent ${JSON.stringify(want)}`);
  }
  return out;
}
