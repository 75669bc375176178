// "Now" for the whole portal: the wall clock, or in tests a chosen day (TEST_TODAY) on which time still moves.
import { londonDate } from '../text/dates.ts';

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * A clock that reads `day` (YYYY-MM-DD) from when it is made, starting at noon UTC (the same calendar day in London
 * whatever the season) and moving on in real time, so time-outs, rate limits and "a minute later" still behave.
 */
export function clockOnDay(day: string, realStart: number = Date.now()): Clock {
  const offset = Date.parse(`${day}T12:00:00Z`) - realStart;
  return () => new Date(Date.now() + offset);
}

/** The portal's clock for its configuration: TEST_TODAY when a test sets it, otherwise the wall clock. */
export function clockFor(config: { testToday?: string }): Clock {
  return config.testToday ? clockOnDay(config.testToday) : systemClock;
}

/** Today on the Europe/London calendar by this clock, as YYYY-MM-DD. */
export function todayBy(clock: Clock): string {
  return londonDate(clock());
}
