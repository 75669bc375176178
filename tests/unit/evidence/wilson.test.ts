// The Wilson 95% interval, checked against values worked out by hand from the formula.
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/evidence/index.ts';

describe('the Wilson 95% interval', () => {
  it.each([
    [7, 10, 0.3968, 0.8922],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [50, 100, 0.4038, 0.5962],
    [1, 12, 0.0149, 0.3539],
    [23, 40, 0.422, 0.7149],
  ])('%i positive of %i is %f to %f', (positive, n, low, high) => {
    const interval = wilsonInterval(positive, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('never leaves 0 to 1, even at the ends', () => {
    expect(wilsonInterval(0, 3).low).toBe(0);
    expect(wilsonInterval(3, 3).high).toBe(1);
  });

  it('is the whole range when there are no responses', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('narrows with a smaller z (a 90% interval)', () => {
    const ninety = wilsonInterval(7, 10, 1.6448536269514722);
    expect(ninety.low).toBeCloseTo(0.4417, 4);
    expect(ninety.high).toBeCloseTo(0.8731, 4);
  });

  it('refuses counts that cannot be', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });
});
