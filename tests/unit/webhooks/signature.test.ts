// Sanity's webhook signature: the header format, base64url HMAC-SHA256 of "<t>.<body>", and the 5-minute window.
import { describe, expect, it } from 'vitest';
import { MAX_AGE_MS, signatureHeader, verifySignature } from '../../../src/webhooks/signature.ts';

// Vectors published with Sanity's own toolkit (sanity-io/webhook-toolkit tests): our signing must give the same.
const KNOWN = [
  { secret: 'test', body: JSON.stringify({ _id: 'resume' }), t: 1633519811129, header: 't=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0' },
  { secret: 'try-me', body: JSON.stringify({ title: 'GROQ-Hooks are neat' }), t: 1633518820676, header: 't=1633518820676,v1=e7C9h2sfbFfc4V7TEz7PSOp4IoNzl0UdVsBV-1wgdeA' },
];

describe('signing', () => {
  it.each(KNOWN)('matches Sanity\'s own signature for $body', ({ secret, body, t, header }) => {
    expect(signatureHeader(body, secret, t)).toBe(header);
  });
});

describe('verifying', () => {
  const { secret, body, t, header } = KNOWN[0]!;
  const at = (now: number, h: string | null = header, b = body, s = secret) => verifySignature({ header: h, body: b, secret: s, now });

  it('accepts a fresh, correctly signed request (also with a space after the comma)', () => {
    expect(at(t + 1000)).toEqual({ ok: true, timestamp: t, signature: 'tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0' });
    expect(at(t, header.replace(',', ', ')).ok).toBe(true);
  });

  it.each([
    ['no header', null, 401, /missing sanity-webhook-signature/],
    ['an empty header', '', 401, /missing/],
    ['another scheme', header.replace('v1=', 'v2='), 400, /malformed/],
    ['no timestamp', header.replace(/^t=\d+,/, ''), 400, /malformed/],
    ['a timestamp in seconds', `t=1633519811,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0`, 400, /milliseconds/],
    ['a changed signature', header.slice(0, -1) + '1', 401, /does not match/],
    ['a changed timestamp', header.replace('1129', '1128'), 401, /does not match/],
  ])('refuses %s', (_what, h, status, reason) => {
    const result = at(t, h);
    expect(result).toMatchObject({ ok: false, status });
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses a changed body and a wrong secret', () => {
    expect(at(t, header, JSON.stringify({ _id: 'structure' }))).toMatchObject({ ok: false, status: 401 });
    expect(at(t, header, body, 'not-the-secret')).toMatchObject({ ok: false, status: 401 });
  });

  it('accepts up to 5 minutes old, and refuses older or from the future', () => {
    expect(at(t + MAX_AGE_MS).ok).toBe(true);
    expect(at(t + MAX_AGE_MS + 1)).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('300 s old') });
    expect(at(t - MAX_AGE_MS - 1)).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('future') });
  });

  it('checks the signature before the age, so a forged old request is reported as forged', () => {
    expect(at(t + 86_400_000, header.slice(0, -1) + 'x')).toMatchObject({ reason: expect.stringContaining('does not match') });
  });
});
