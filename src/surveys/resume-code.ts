// "Save and come back later" without an account: the answers so far, sealed into a token the respondent keeps.
// Nothing is stored on the server; the token is encrypted and authenticated (AES-256-GCM) with a key from the server
// secret, bound to one survey, and expires.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import type { Survey } from '../model/index.ts';
import type { AnswerValues } from './questions.ts';
import { purposeKey, serverSecret } from './server-secret.ts';

export const RESUME_DAYS = 30;
const VERSION = 'r1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A saved survey is at most a few long answers; anything bigger than this is not one of ours. */
const MAX_TOKEN_CHARS = 40_000;
const MAX_PLAIN_BYTES = 64_000;

export const RESUME_INVALID = 'This link to your saved answers does not work. Check you copied all of it, or start the survey again';
export const RESUME_ALREADY_SENT = 'These answers were already sent, so this link to them no longer works. You can start the survey again to send new answers';
export const RESUME_EXPIRED = `Your saved answers have been deleted because it has been more than ${RESUME_DAYS} days. Start the survey again`;

/** What the sealed token holds: the answers so far, and when they stop being readable. */
const Sealed = z.object({
  v: z.literal(1),
  /** Expiry, epoch seconds. */
  e: z.number().int(),
  a: z.record(z.string().max(100), z.union([z.string().max(10_000), z.array(z.string().max(200)).max(100)])),
  /** The submission these answers are for: sending them twice, from two copies of the link, stores them once. */
  s: z.uuid().optional(),
});

export interface ResumeOptions {
  secret?: Uint8Array;
  /** How long the saved answers can be read (default 30 days). */
  days?: number;
  /** The submission id of the form being saved, kept with the answers. */
  submissionId?: string;
}

export type ResumeResult =
  | { ok: true; answers: AnswerValues; expiresAt: Date; submissionId?: string }
  | { ok: false; reason: 'invalid' | 'expired'; message: string };

/** Seal answers for `survey` into a URL-safe token ("r1." then base64url). */
export function createResumeCode(survey: Survey, answers: AnswerValues, now: Date, options: ResumeOptions = {}): string {
  const key = purposeKey(options.secret ?? serverSecret(), 'resume-code');
  const known = new Set(survey.questions.map((q) => q.key));
  // Only this survey's questions, and only what was answered: nothing else rides along in the token.
  const kept: AnswerValues = {};
  for (const [k, v] of Object.entries(answers)) {
    if (!known.has(k)) continue;
    if (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) && v.length > 0) kept[k] = v;
  }
  const expires = Math.floor(now.getTime() / 1000) + (options.days ?? RESUME_DAYS) * 86_400;
  const submissionId = z.uuid().safeParse(options.submissionId).data;
  const plain = deflateRawSync(Buffer.from(JSON.stringify({ v: 1, e: expires, a: kept, ...(submissionId ? { s: submissionId } : {}) }), 'utf8'));
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}:${survey._id}`, 'utf8'));
  const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${sealed.toString('base64url')}`;
}

/**
 * Open a token made by createResumeCode for the same survey. A token that was changed, cut short, made for another
 * survey or with another secret is 'invalid'; one past its date is 'expired'.
 */
export function readResumeCode(survey: Survey, token: string, now: Date, options: ResumeOptions = {}): ResumeResult {
  const invalid: ResumeResult = { ok: false, reason: 'invalid', message: RESUME_INVALID };
  const trimmed = token.trim();
  if (trimmed.length > MAX_TOKEN_CHARS || !trimmed.startsWith(`${VERSION}.`)) return invalid;
  const body = trimmed.slice(VERSION.length + 1);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return invalid;
  const sealed = Buffer.from(body, 'base64url');
  if (sealed.length < IV_BYTES + TAG_BYTES + 1) return invalid;
  const key = purposeKey(options.secret ?? serverSecret(), 'resume-code');
  let parsed: z.infer<typeof Sealed>;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(`${VERSION}:${survey._id}`, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
    const json = inflateRawSync(plain, { maxOutputLength: MAX_PLAIN_BYTES }).toString('utf8');
    const result = Sealed.safeParse(JSON.parse(json));
    if (!result.success) return invalid;
    parsed = result.data;
  } catch {
    // A failed authentication tag, bad compression or bad JSON all mean the same to the person: it does not work.
    return invalid;
  }
  const expiresAt = new Date(parsed.e * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired', message: RESUME_EXPIRED };
  const known = new Set(survey.questions.map((q) => q.key));
  const answers: AnswerValues = {};
  for (const [k, v] of Object.entries(parsed.a)) if (known.has(k)) answers[k] = v;
  return { ok: true, answers, expiresAt, ...(parsed.s ? { submissionId: parsed.s } : {}) };
}
