import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatMonth, londonDate, monthsBefore } from '../../../src/text/dates.ts';
import { isOverdueForReview } from '../../../src/local-offer/review.ts';

describe('dates', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2026-11-03')).toBe('3 November 2026');
    expect(formatMonth('2026-01-15')).toBe('January 2026');
  });

  it('takes the UK calendar date, not the server clock’s', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST); in winter London is on UTC.
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
  });

  it('counts days and months back', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(monthsBefore('2026-11-23', 12)).toBe('2025-11-23');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
  });
});

describe('review reminders', () => {
  it('flags a record last checked more than 12 months ago, not one checked exactly 12 months ago', () => {
    expect(isOverdueForReview('2025-11-23', '2026-11-23')).toBe(false);
    expect(isOverdueForReview('2025-11-22', '2026-11-23')).toBe(true);
    expect(isOverdueForReview('2026-10-01', '2026-11-23')).toBe(false);
  });
});
