// Sanity's webhook signature: header `sanity-webhook-signature: t=<ms since epoch>,v1=<sig>` where sig is the
// base64url (unpadded) HMAC-SHA256, keyed with the webhook's secret, of "<t>.<raw body>". Checked here, not with
// @sanity/webhook, so the rules (freshness, format, constant-time comparison) are ours to test and explain.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'sanity-webhook-signature';
/** Signatures older (or further in the future) than this are refused: a captured request cannot be replayed later. */
export const MAX_AGE_MS = 5 * 60_000;
/** Sanity signed nothing before 2021; a smaller `t` is seconds by mistake or garbage. */
const EARLIEST_TIMESTAMP_MS = Date.UTC(2021, 0, 1);
const HEADER_FORMAT = /^t=(\d{1,15}),\s*v1=([A-Za-z0-9_-]{1,100})$/;

export function signBody(body: string, secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}.${body}`, 'utf8').digest('base64url');
}

/** The whole header value Sanity would send (tests, and the "send a test webhook" script). */
export function signatureHeader(body: string, secret: string, timestampMs: number): string {
  return `t=${timestampMs},v1=${signBody(body, secret, timestampMs)}`;
}

export type SignatureCheck =
  | { ok: true; timestamp: number; signature: string }
  | { ok: false; status: 400 | 401; reason: string };

export interface VerifyOptions {
  header: string | null | undefined;
  body: string;
  secret: string;
  now: number;
  maxAgeMs?: number;
}

/** Is this request signed by Sanity with our secret, recently? Never throws; says why not. */
export function verifySignature({ header, body, secret, now, maxAgeMs = MAX_AGE_MS }: VerifyOptions): SignatureCheck {
  if (!header) return { ok: false, status: 401, reason: `missing ${SIGNATURE_HEADER} header` };
  const match = HEADER_FORMAT.exec(header.trim());
  if (!match) return { ok: false, status: 400, reason: `malformed ${SIGNATURE_HEADER} header: expected "t=<timestamp>,v1=<signature>"` };
  const timestamp = Number(match[1]);
  const given = match[2]!;
  if (timestamp < EARLIEST_TIMESTAMP_MS) return { ok: false, status: 400, reason: 'the signature timestamp is not in milliseconds since 1970' };
  const expected = signBody(body, secret, timestamp);
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // Compare in constant time, so the response time says nothing about how much of a guess was right.
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, status: 401, reason: 'the signature does not match: check SANITY_WEBHOOK_SECRET' };
  const age = now - timestamp;
  if (age > maxAgeMs) return { ok: false, status: 401, reason: `the signature is ${Math.round(age / 1000)} s old; the most allowed is ${maxAgeMs / 1000} s` };
  if (age < -maxAgeMs) return { ok: false, status: 401, reason: 'the signature is dated in the future: check the server clock' };
  return { ok: true, timestamp, signature: given };
}
