// Opening and closing dates: a survey takes answers only between them.
import { describe, expect, it } from 'vitest';
import { surveyIsOpen } from '../../../src/surveys/index.ts';
import { aSurvey } from './fixtures.ts';

const survey = aSurvey([{ key: 'q', type: 'yes-no' }], { opensAt: '2026-01-05T09:00:00Z', closesAt: '2026-06-30T23:00:00Z' });

describe('whether a survey is open', () => {
  it('is open from the moment it opens until the moment it closes', () => {
    expect(surveyIsOpen(survey, new Date('2026-01-05T09:00:00Z'))).toEqual({ open: true });
    expect(surveyIsOpen(survey, new Date('2026-06-30T22:59:59Z'))).toEqual({ open: true });
  });

  it('says when it opens, before then', () => {
    expect(surveyIsOpen(survey, new Date('2026-01-05T08:59:59Z'))).toEqual({ open: false, reason: 'This survey opens on 5 January 2026' });
  });

  it('says when it closed, in London time, afterwards', () => {
    // 23:00 UTC on 30 June is midnight in London: the survey closed on 1 July there.
    expect(surveyIsOpen(survey, new Date('2026-06-30T23:00:00Z'))).toEqual({ open: false, reason: 'This survey closed on 1 July 2026' });
  });

  it('stays open with no closing date', () => {
    const { closesAt: _closesAt, ...rest } = survey;
    void _closesAt;
    expect(surveyIsOpen(rest, new Date('2099-01-01T00:00:00Z'))).toEqual({ open: true });
  });
});
