import { describe, expect, it } from 'vitest';
import { parseQuarter, quarter, quarterOf, quartersBetween } from '../../../src/plan/quarter.ts';

describe('quarters', () => {
  it('name their months and days', () => {
    expect(quarter(2026, 4)).toEqual({ year: 2026, number: 4, slug: '2026-q4', start: '2026-10-01', end: '2026-12-31', label: 'October to December 2026' });
    expect(quarter(2024, 1).end).toBe('2024-03-31');
    expect(quarter(2026, 2).end).toBe('2026-06-30');
  });

  it('hold their first and last days', () => {
    expect(quarterOf('2026-09-30').slug).toBe('2026-q3');
    expect(quarterOf('2026-10-01').slug).toBe('2026-q4');
  });

  it('are listed newest first across a year end', () => {
    expect(quartersBetween('2025-11-15', '2026-04-02').map((q) => q.slug)).toEqual(['2026-q2', '2026-q1', '2025-q4']);
  });

  it.each(['2026-q5', '2026-Q0', '26-q1', '2026q1', '', 'all'])('refuse "%s"', (slug) => {
    expect(parseQuarter(slug)).toBeUndefined();
  });
});
