import { describe, expect, it } from 'vitest';
import { clockFor, clockOnDay, systemClock, todayBy } from '../../../src/clock/clock.ts';

describe('the portal clock', () => {
  it('reads the chosen day, starting at noon, and moves on in real time', async () => {
    const clock = clockOnDay('2029-07-14');
    const first = clock();
    expect(todayBy(clock)).toBe('2029-07-14');
    expect(first.toISOString().slice(0, 13)).toBe('2029-07-14T12');
    await new Promise((r) => setTimeout(r, 20));
    expect(clock().getTime() - first.getTime()).toBeGreaterThanOrEqual(15);
  });

  it('is the wall clock unless TEST_TODAY set a day', () => {
    expect(clockFor({})).toBe(systemClock);
    expect(todayBy(clockFor({ testToday: '2031-01-01' }))).toBe('2031-01-01');
  });

  it('keeps the London calendar day in summer time, when noon UTC is 1pm in London', () => {
    expect(todayBy(clockOnDay('2030-06-30'))).toBe('2030-06-30');
    expect(todayBy(clockOnDay('2030-12-31'))).toBe('2030-12-31');
  });
});
