// Quarters on the London calendar, whatever the server's time zone.
import { describe, expect, it } from 'vitest';
import { quarterOf } from '../../../src/evidence/index.ts';
import { londonDate } from '../../../src/text/dates.ts';

describe('the quarter a response falls in', () => {
  it('has a key, a label in words and its last day', () => {
    expect(quarterOf('2025-02-14T12:00:00Z')).toEqual({ key: '2025-Q1', label: 'January to March 2025', end: '2025-03-31' });
    expect(quarterOf('2025-05-01T00:00:00Z')).toEqual({ key: '2025-Q2', label: 'April to June 2025', end: '2025-06-30' });
    expect(quarterOf('2025-09-30T12:00:00Z')).toEqual({ key: '2025-Q3', label: 'July to September 2025', end: '2025-09-30' });
    expect(quarterOf('2025-10-01T00:00:00Z')).toEqual({ key: '2025-Q4', label: 'October to December 2025', end: '2025-12-31' });
  });

  it('follows British Summer Time: 23:30 UTC on 31 March is already April in London', () => {
    expect(quarterOf('2025-03-31T23:30:00Z').key).toBe('2025-Q2');
    expect(quarterOf('2025-06-30T23:00:00Z').key).toBe('2025-Q3');
    expect(quarterOf('2025-09-30T22:59:59.999Z').key).toBe('2025-Q3');
    expect(quarterOf('2025-09-30T23:00:00.000Z').key).toBe('2025-Q4');
  });

  it('follows Greenwich Mean Time in winter: 23:30 UTC on 31 December is still December', () => {
    expect(quarterOf('2025-12-31T23:30:00Z').key).toBe('2025-Q4');
  });

  it('reads times with an offset', () => {
    expect(quarterOf('2025-04-01T00:30:00+01:00').key).toBe('2025-Q2');
    expect(quarterOf('2025-03-31T20:00:00-05:00').key).toBe('2025-Q2');
  });

  it('agrees with the London calendar at every hour around each quarter’s end for ten years', () => {
    for (let year = 2020; year < 2030; year++) {
      for (const [month, day] of [[3, 31], [6, 30], [9, 30], [12, 31]] as const) {
        for (let hour = 20; hour < 28; hour++) {
          const at = new Date(Date.UTC(year, month - 1, day, hour, 30));
          const london = londonDate(at);
          const expected = `${london.slice(0, 4)}-Q${Math.ceil(Number(london.slice(5, 7)) / 3)}`;
          expect(quarterOf(at.toISOString()).key, at.toISOString()).toBe(expected);
        }
      }
    }
  });

  it('refuses what is not a date', () => {
    expect(() => quarterOf('yesterday')).toThrow(RangeError);
  });
});
