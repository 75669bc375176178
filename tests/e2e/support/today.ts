// The day the end-to-end suite runs the portal on (npm test sets E2E_TODAY, and the servers get it as TEST_TODAY), and
// the sample's dates as the portal shows them on that day: the store moves the sample to the day it is created.
import { clockOnDay } from '../../../src/clock/clock.ts';
import { shiftIsoDate, shiftIsoDateTime } from '../../../src/sample/shift-dates.ts';
import { daysBetween, formatDate, formatMonth, londonDate } from '../../../src/text/dates.ts';
import { SAMPLE_DAY } from '../../support/sample-day.ts';

export const E2E_TODAY: string = process.env.E2E_TODAY ?? londonDate(new Date());

/** The portal's clock in these tests: E2E_TODAY, with time moving on from noon. */
export const e2eClock = clockOnDay(E2E_TODAY);

const SHIFT = daysBetween(SAMPLE_DAY, E2E_TODAY);

/** A date from the sample's files (YYYY-MM-DD) as the portal holds it on E2E_TODAY. */
export function sampleDate(iso: string): string {
  return shiftIsoDate(iso, SHIFT);
}

/** The same, as the pages write it: "10 July 2026". */
export function sampleDateText(iso: string): string {
  return formatDate(sampleDate(iso));
}

/** A sample date's month as the pages write it: "September 2026". */
export function sampleMonthText(iso: string): string {
  return formatMonth(sampleDate(iso));
}

/** A date-time from the sample's files, as the pages write its London date. */
export function sampleDateTimeText(iso: string): string {
  return formatDate(shiftIsoDateTime(iso, SHIFT));
}
