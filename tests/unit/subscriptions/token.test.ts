import { describe, expect, it } from 'vitest';
import { signToken, subscriptionId, verifyConfirmToken, verifyUnsubscribeToken } from '../../../src/subscriptions/token.ts';

const secret = Buffer.from('a'.repeat(64));
const now = new Date('2026-11-23T10:00:00Z');
const confirm = { purpose: 'confirm' as const, email: 'parent@example.com', topics: ['you-said-we-did' as const], expires: Date.parse('2026-11-26T10:00:00Z') / 1000 };

describe('signed subscription links', () => {
  it('verify with the secret that signed them', () => {
    expect(verifyConfirmToken(secret, signToken(secret, confirm), now)).toEqual({ ok: true, payload: confirm });
  });

  it('stop working when they expire, to the second', () => {
    const token = signToken(secret, confirm);
    expect(verifyConfirmToken(secret, token, new Date('2026-11-26T09:59:59Z')).ok).toBe(true);
    expect(verifyConfirmToken(secret, token, new Date('2026-11-26T10:00:00Z'))).toEqual({ ok: false, problem: 'expired' });
  });

  it('are refused when signed with another secret', () => {
    expect(verifyConfirmToken(Buffer.from('b'.repeat(64)), signToken(secret, confirm), now)).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it('are refused when the address or choices are changed', () => {
    const [, signature] = signToken(secret, confirm).split('.');
    const forged = Buffer.from(JSON.stringify({ ...confirm, email: 'someone-else@example.com' })).toString('base64url');
    expect(verifyConfirmToken(secret, `${forged}.${signature}`, now)).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it.each(['', 'not-a-token', 'abc.def', `${'x'.repeat(5000)}.${'y'.repeat(43)}`, '<script>.x'])('are refused when malformed: "%s"', (token) => {
    expect(verifyConfirmToken(secret, token.slice(0, 100), now)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('cannot be used for the other purpose', () => {
    const unsubscribe = signToken(secret, { purpose: 'unsubscribe', subscription: subscriptionId(secret, 'parent@example.com') });
    expect(verifyConfirmToken(secret, unsubscribe, now)).toEqual({ ok: false, problem: 'wrong-purpose' });
    expect(verifyUnsubscribeToken(secret, signToken(secret, confirm), now)).toEqual({ ok: false, problem: 'wrong-purpose' });
  });

  it('for unsubscribing never expire', () => {
    const id = subscriptionId(secret, 'parent@example.com');
    const token = signToken(secret, { purpose: 'unsubscribe', subscription: id });
    expect(verifyUnsubscribeToken(secret, token, new Date('2040-01-01'))).toEqual({ ok: true, payload: { purpose: 'unsubscribe', subscription: id } });
  });
});

describe('subscription ids', () => {
  it('are the same for an address however it is capitalised or spaced, and reveal nothing of it', () => {
    const id = subscriptionId(secret, 'Parent@Example.com ');
    expect(id).toBe(subscriptionId(secret, 'parent@example.com'));
    expect(id).toMatch(/^subscription-[a-f0-9]{24}$/);
    expect(id).not.toContain('parent');
    expect(subscriptionId(Buffer.from('b'.repeat(64)), 'parent@example.com')).not.toBe(id);
  });
});
