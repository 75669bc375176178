import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from '../../src/http/rate-limit.ts';

describe('rate limiting', () => {
  it('allows a burst, then refuses until tokens come back', () => {
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5 });
    const t = 1_000_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a', t))).toEqual([true, true, true, false]);
    expect(limiter.retryAfter('a', t)).toBe(2);
    expect(limiter.take('a', t + 2000)).toBe(true);
    expect(limiter.take('b', t)).toBe(true);
  });

  it('forgets the least recently seen clients beyond its limit', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001 }, 2);
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 0);
    expect(limiter.take('a', 0)).toBe(true);
  });

  it('never keeps the address itself', () => {
    const key = clientKey('203.0.113.9');
    expect(key).not.toContain('203');
    expect(key).toMatch(/^[a-f0-9]{32}$/);
    expect(clientKey('203.0.113.9')).toBe(key);
  });
});
