// A signature is accepted once, remembered while it could still pass the freshness check, and forgotten after.
import { describe, expect, it } from 'vitest';
import { ReplayGuard } from '../../../src/webhooks/replay.ts';

describe('the replay guard', () => {
  it('accepts a signature once', () => {
    const guard = new ReplayGuard(1000);
    expect(guard.claim('sig', 0, 10)).toBe(true);
    expect(guard.claim('sig', 0, 20)).toBe(false);
    expect(guard.claim('other', 0, 20)).toBe(true);
  });

  it('lets a released signature through again (Sanity retrying a request that failed here)', () => {
    const guard = new ReplayGuard(1000);
    guard.claim('sig', 0, 10);
    guard.release('sig');
    expect(guard.claim('sig', 0, 20)).toBe(true);
  });

  it('forgets signatures once they are too old to be accepted anyway, and never grows without bound', () => {
    const guard = new ReplayGuard(1000, 3);
    guard.claim('a', 0, 0);
    expect(guard.claim('b', 5000, 5000)).toBe(true);
    expect(guard.size).toBe(1);
    for (const s of ['c', 'd', 'e', 'f']) guard.claim(s, 5000, 5000);
    expect(guard.size).toBe(3);
  });
});
