import { describe, expect, it } from 'vitest';
import { shiftDates, shiftDatesInText, shiftIsoDate, shiftIsoDateTime } from '../../../src/sample/shift-dates.ts';

describe('moving the sample through time', () => {
  it.each([
    ['2026-11-23', 0, '2026-11-23'],
    ['2026-11-23', 39, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-11-23', 1000, '2029-08-19'],
  ])('moves the date %s by %i days to %s', (from, days, to) => {
    expect(shiftIsoDate(from, days)).toBe(to);
  });

  it('keeps a date-time at the same time on London’s clock across summer time, in the form it was written', () => {
    // 23:59 in January (GMT) is 23:59 in May (BST), which is 22:59 UTC.
    expect(shiftIsoDateTime('2027-01-31T23:59:00Z', 120)).toBe('2027-05-31T22:59:00Z');
    expect(shiftIsoDateTime('2027-05-31T22:59:00Z', 153)).toBe('2027-10-31T23:59:00Z');
    expect(shiftIsoDateTime('2026-07-01T08:00:00.123Z', 7)).toBe('2026-07-08T08:00:00.123Z');
  });

  it('moves dates written in prose, and leaves seasons and impossible dates alone', () => {
    expect(shiftDatesInText('The DfE issued an Improvement Notice on 8 November 2023 after the June 2023 inspection.', 400)).toBe(
      'The DfE issued an Improvement Notice on 12 December 2024 after the July 2024 inspection.',
    );
    expect(shiftDatesInText('Full days in Easter, summer and October half term. Apply by March.', 400)).toBe(
      'Full days in Easter, summer and October half term. Apply by March.',
    );
    expect(shiftDatesInText('Not a date: 31 February 2026.', 10)).toBe('Not a date: 31 February 2026.');
  });

  it('moves every date in a document, in arrays and portable text too, but never an id, key or reference', () => {
    const doc = {
      _id: 'action-2026-01-01',
      _type: 'action',
      startDate: '2026-01-12',
      milestones: [{ _key: '2026-05-29', title: 'Workshops', dueDate: '2026-05-29', completedDate: '2026-05-21' }],
      lead: { _type: 'reference', _ref: 'organisation-2026-01-01' },
      body: [{ _type: 'block', children: [{ _type: 'span', text: 'Moved to January 2027.' }] }],
      progress: 35,
      published: true,
    };
    expect(shiftDates(doc, 31)).toEqual({
      _id: 'action-2026-01-01',
      _type: 'action',
      startDate: '2026-02-12',
      milestones: [{ _key: '2026-05-29', title: 'Workshops', dueDate: '2026-06-29', completedDate: '2026-06-21' }],
      lead: { _type: 'reference', _ref: 'organisation-2026-01-01' },
      body: [{ _type: 'block', children: [{ _type: 'span', text: 'Moved to February 2027.' }] }],
      progress: 35,
      published: true,
    });
    expect(shiftDates(doc, 0)).toBe(doc);
  });
});
