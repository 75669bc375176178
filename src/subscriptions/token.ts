// Signed links for subscriptions: an HMAC-SHA256 over the payload, with an expiry for confirmation links.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { SUBSCRIPTION_TOPICS } from '../model/index.ts';

export const ConfirmPayload = z.object({
  purpose: z.literal('confirm'),
  email: z.email(),
  topics: z.array(z.enum(SUBSCRIPTION_TOPICS)).min(1),
  /** Seconds since 1970: the link stops working then. */
  expires: z.number().int(),
});
export type ConfirmPayload = z.infer<typeof ConfirmPayload>;

/** Unsubscribe links never expire: an old email must still let someone leave. */
export const UnsubscribePayload = z.object({
  purpose: z.literal('unsubscribe'),
  subscription: z.string().regex(/^subscription-[a-f0-9]{24}$/),
});
export type UnsubscribePayload = z.infer<typeof UnsubscribePayload>;

const Payload = z.discriminatedUnion('purpose', [ConfirmPayload, UnsubscribePayload]);
type Payload = z.infer<typeof Payload>;

export type TokenProblem = 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose';
export type Verified<T> = { ok: true; payload: T } | { ok: false; problem: TokenProblem };

function mac(secret: Uint8Array, body: string): Buffer {
  return createHmac('sha256', secret).update(`send-local-offer:subscription:v1:${body}`).digest();
}

export function signToken(secret: Uint8Array, payload: Payload): string {
  const body = Buffer.from(JSON.stringify(Payload.parse(payload)), 'utf8').toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

function verify(secret: Uint8Array, token: string, now: Date): Verified<Payload> {
  const match = /^([A-Za-z0-9_-]{1,4000})\.([A-Za-z0-9_-]{43})$/.exec(token.trim());
  if (!match) return { ok: false, problem: 'malformed' };
  const [, body, signature] = match as unknown as [string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'bad-signature' };
  let parsed: z.ZodSafeParseResult<Payload>;
  try {
    parsed = Payload.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (!parsed.success) return { ok: false, problem: 'malformed' };
  if (parsed.data.purpose === 'confirm' && parsed.data.expires * 1000 <= now.getTime()) return { ok: false, problem: 'expired' };
  return { ok: true, payload: parsed.data };
}

export function verifyConfirmToken(secret: Uint8Array, token: string, now: Date): Verified<ConfirmPayload> {
  const v = verify(secret, token, now);
  if (!v.ok) return v;
  return v.payload.purpose === 'confirm' ? { ok: true, payload: v.payload } : { ok: false, problem: 'wrong-purpose' };
}

export function verifyUnsubscribeToken(secret: Uint8Array, token: string, now: Date = new Date()): Verified<UnsubscribePayload> {
  const v = verify(secret, token, now);
  if (!v.ok) return v;
  return v.payload.purpose === 'unsubscribe' ? { ok: true, payload: v.payload } : { ok: false, problem: 'wrong-purpose' };
}

/**
 * The subscription's document id, from the address: the same person subscribing twice updates one record, and the
 * id reveals nothing about the address without the secret.
 */
export function subscriptionId(secret: Uint8Array, email: string): string {
  const digest = createHmac('sha256', secret).update(`send-local-offer:subscription-id:v1:${email.trim().toLowerCase()}`).digest('hex');
  return `subscription-${digest.slice(0, 24)}`;
}
