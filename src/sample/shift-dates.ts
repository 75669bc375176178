// Moving the sample area through time: every date in a document, and the dates written in its prose, by whole days.
// The sample is written for one day; moved by the days from that day to "today", it tells the same story on any day.
import { MONTHS, formatDate, formatMonth, isCalendarDate } from '../text/dates.ts';

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
// "8 November 2023" or "June 2023"; a month with no year ("every May", "October half term") is a season, not a date.
const PROSE_DATE = new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTHS.join('|')}) (\\d{4})\\b`, 'g');
// Identifiers and references are names, not dates, even when they look like one.
const NOT_DATES = new Set(['_id', '_ref', '_key', '_type', '_rev', '_weak', '_strengthenOnPublish']);

/** An ISO date (YYYY-MM-DD) moved by whole days. */
export function shiftIsoDate(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far London's clock is ahead of UTC at a moment (0 in winter, an hour in summer). */
function londonOffsetMs(time: number): number {
  const part = Object.fromEntries(londonParts.formatToParts(new Date(time)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - Math.floor(time / 1000) * 1000;
}

/**
 * An ISO date-time moved by whole days, keeping its time on London's clock (a survey that closed at 23:59 in January
 * still closes at 23:59 when moved into summer time), written back in UTC as Sanity writes it.
 */
export function shiftIsoDateTime(iso: string, days: number): string {
  const time = Date.parse(iso);
  const moved = time + days * DAY_MS;
  const out = new Date(moved + londonOffsetMs(time) - londonOffsetMs(moved)).toISOString();
  return /\.\d+/.test(iso) ? out : out.replace(/\.\d{3}Z$/, 'Z');
}

/** Dates written out in prose ("8 November 2023", "January 2027") moved by whole days; a month alone moves by its middle. */
export function shiftDatesInText(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(PROSE_DATE, (_match, day: string | undefined, month: string, year: string) => {
    const mm = String(MONTHS.indexOf(month) + 1).padStart(2, '0');
    if (day !== undefined) {
      const iso = `${year}-${mm}-${day.padStart(2, '0')}`;
      // "31 February 2026" is not a date: leave words that only look like one alone.
      if (!isCalendarDate(iso)) return _match;
      return formatDate(shiftIsoDate(iso, days));
    }
    return formatMonth(shiftIsoDate(`${year}-${mm}-15`, days));
  });
}

/** A value with every date in it moved by whole days: ISO dates and date-times anywhere, and dates in its text. */
export function shiftDates<T>(value: T, days: number): T {
  if (days === 0) return value;
  return shift(value, days) as T;
}

function shift(value: unknown, days: number): unknown {
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return shiftIsoDate(value, days);
    if (ISO_DATE_TIME.test(value)) return shiftIsoDateTime(value, days);
    return shiftDatesInText(value, days);
  }
  if (Array.isArray(value)) return value.map((item) => shift(item, days));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = NOT_DATES.has(key) ? item : shift(item, days);
    return out;
  }
  return value;
}
