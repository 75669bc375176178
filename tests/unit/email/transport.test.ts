import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/email/mailer.ts';
import { isPermanentError, parseRetryAfter } from '../../../src/email/transport.ts';

describe('which Resend errors are worth retrying', () => {
  it.each([
    [422, 'validation_error', true],
    [422, 'missing_required_field', true],
    [400, 'validation_error', true],
    [400, 'invalid_idempotency_key', true],
    [409, 'invalid_idempotent_request', true],
    [409, 'concurrent_idempotent_requests', false],
    [429, 'rate_limit_exceeded', false],
    [429, 'daily_quota_exceeded', false],
    [500, 'internal_server_error', false],
    [502, 'application_error', false],
    [null, 'application_error', false],
    [401, 'missing_api_key', false],
    [403, 'invalid_api_key', false],
  ] as const)('%s %s → permanent: %s', (statusCode, name, permanent) => {
    expect(isPermanentError({ statusCode, name })).toBe(permanent);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('5', 0)).toBe(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(5000);
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles from 1 s with jitter between half and all of each step', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, {}, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, {}, () => 0.999999))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits more than 5 minutes', () => {
    expect(backoffDelay(30, {}, () => 0.999999)).toBe(300_000);
    expect(backoffDelay(1000, {}, () => 0)).toBe(150_000);
  });
});
