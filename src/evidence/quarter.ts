// Calendar quarters on the Europe/London calendar: a response sent at 23:30 UTC on 30 June (00:30 BST) counts in July.
import { londonDate } from '../text/dates.ts';

export interface Quarter {
  /** "2025-Q1". */
  key: string;
  /** "January to March 2025". */
  label: string;
  /** The quarter's last day, YYYY-MM-DD. */
  end: string;
}

const FIRST_MONTH = ['January', 'April', 'July', 'October'];
const LAST_MONTH = ['March', 'June', 'September', 'December'];
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/** Quarters numbered from year 0 (year × 4 + quarter − 1): cheap to compare, count and turn back into a Quarter. */
export function quarterIndex(isoDateTime: string): number {
  let s = isoDateTime;
  // Fast path for the UTC timestamps the site writes; anything else goes through Date first.
  if (s.length < 20 || s[s.length - 1] !== 'Z' || s[10] !== 'T' || s[4] !== '-') {
    const ms = Date.parse(s);
    if (Number.isNaN(ms)) throw new RangeError(`not a date and time: "${isoDateTime}"`);
    s = new Date(ms).toISOString();
  }
  // Digits by char code: this runs once per response, 100,000s of times per figure.
  const digit = (i: number) => s.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  // London is UTC or UTC+1, so its date differs from UTC's only in the hour before midnight UTC; that moves a
  // response into the next quarter only on a quarter's last day.
  if (digit(11) === 2 && digit(12) === 3 && LAST_DAY.includes(s.slice(5, 10))) {
    const london = londonDate(new Date(s));
    return Number(london.slice(0, 4)) * 4 + Math.floor((Number(london.slice(5, 7)) - 1) / 3);
  }
  return year * 4 + Math.floor((month - 1) / 3);
}

export function quarterFromIndex(index: number): Quarter {
  const year = Math.floor(index / 4);
  const q = index - year * 4;
  return { key: `${year}-Q${q + 1}`, label: `${FIRST_MONTH[q]} to ${LAST_MONTH[q]} ${year}`, end: `${year}-${LAST_DAY[q]}` };
}

/** The London calendar quarter a moment falls in. */
export function quarterOf(isoDateTime: string): Quarter {
  return quarterFromIndex(quarterIndex(isoDateTime));
}

/**
 * The moment a quarter begins: midnight on its first day in London, as a UTC ISO instant. London is UTC or UTC+1, so
 * midnight there is 00:00 or the 23:00 before in UTC; whichever London calls the first day is the one.
 */
export function quarterStart(index: number): string {
  const year = Math.floor(index / 4);
  const month = (index - year * 4) * 3;
  const midnightUtc = Date.UTC(year, month, 1);
  const firstDay = new Date(midnightUtc).toISOString().slice(0, 10);
  const hourBefore = new Date(midnightUtc - 3_600_000);
  return (londonDate(hourBefore) === firstDay ? hourBefore : new Date(midnightUtc)).toISOString();
}

/** A quarter's index from its key ("2026-Q3"). */
export function quarterIndexOfKey(key: string): number {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) throw new RangeError(`not a quarter: "${key}"`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}
