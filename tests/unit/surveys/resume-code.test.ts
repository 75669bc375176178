// Save and come back later: answers sealed into a token the respondent keeps; nothing stored on the server.
import { describe, expect, it } from 'vitest';
import { createResumeCode, readResumeCode, RESUME_EXPIRED, RESUME_INVALID } from '../../../src/surveys/index.ts';
import { NOW, SECRET, parentsSurvey, youngPeopleSurvey } from './fixtures.ts';

const survey = youngPeopleSurvey();
const answers = { 'age-phase': 'secondary', activities: ['music', 'art'], 'one-change': 'More clubs near my house. '.repeat(10) };
const DAY = 86_400_000;

describe('a resume code', () => {
  it('gives the answers back within 30 days', () => {
    const token = createResumeCode(survey, answers, NOW, { secret: SECRET });
    const result = readResumeCode(survey, token, new Date(NOW.getTime() + 29 * DAY), { secret: SECRET });
    expect(result).toEqual({ ok: true, answers, expiresAt: new Date(NOW.getTime() + 30 * DAY) });
  });

  it('keeps the form’s submission id with the answers, so sending from two copies of the link stores them once', () => {
    const submissionId = '0b8f6c3e-2d4a-4f1b-9c7e-5a6b7c8d9e0f';
    const token = createResumeCode(survey, answers, NOW, { secret: SECRET, submissionId });
    expect(readResumeCode(survey, token, NOW, { secret: SECRET })).toMatchObject({ ok: true, answers, submissionId });
    // Anything that is not a submission id is left out rather than carried along.
    const odd = createResumeCode(survey, answers, NOW, { secret: SECRET, submissionId: 'not-an-id' });
    expect(readResumeCode(survey, odd, NOW, { secret: SECRET })).not.toHaveProperty('submissionId');
  });

  it('is safe to put in a link, and short for a survey half done', () => {
    const token = createResumeCode(survey, { 'age-phase': 'secondary', 'feel-at-school': '4', 'adults-listen': '3' }, NOW, { secret: SECRET });
    expect(token).toMatch(/^r1\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(200);
  });

  it('does not show the answers to anyone who reads it', () => {
    const token = createResumeCode(survey, { 'one-change': 'secret words here' }, NOW, { secret: SECRET });
    const decoded = Buffer.from(token.slice(3), 'base64url').toString('latin1');
    expect(decoded).not.toContain('secret');
    expect(token).not.toContain('one-change');
  });

  it('keeps only this survey’s answered questions', () => {
    const token = createResumeCode(survey, { 'age-phase': 'secondary', 'not-a-question': 'x', 'feel-at-school': '' }, NOW, { secret: SECRET });
    const result = readResumeCode(survey, token, NOW, { secret: SECRET });
    expect(result.ok && result.answers).toEqual({ 'age-phase': 'secondary' });
  });

  it('says the answers have gone after 30 days', () => {
    const token = createResumeCode(survey, answers, NOW, { secret: SECRET });
    expect(readResumeCode(survey, token, new Date(NOW.getTime() + 30 * DAY), { secret: SECRET })).toEqual({
      ok: false,
      reason: 'expired',
      message: RESUME_EXPIRED,
    });
  });

  it('does not work when changed, cut short, used on another survey or opened by another server', () => {
    const token = createResumeCode(survey, answers, NOW, { secret: SECRET });
    const flipped = token.slice(0, 20) + (token[20] === 'A' ? 'B' : 'A') + token.slice(21);
    const invalid = { ok: false, reason: 'invalid', message: RESUME_INVALID };
    expect(readResumeCode(survey, flipped, NOW, { secret: SECRET })).toEqual(invalid);
    expect(readResumeCode(survey, token.slice(0, -5), NOW, { secret: SECRET })).toEqual(invalid);
    expect(readResumeCode(parentsSurvey(), token, NOW, { secret: SECRET })).toEqual(invalid);
    expect(readResumeCode(survey, token, NOW, { secret: Buffer.from('x'.repeat(40)) })).toEqual(invalid);
    expect(readResumeCode(survey, 'hello', NOW, { secret: SECRET })).toEqual(invalid);
    expect(readResumeCode(survey, 'r1.!!!', NOW, { secret: SECRET })).toEqual(invalid);
    expect(readResumeCode(survey, '', NOW, { secret: SECRET })).toEqual(invalid);
  });

  it('still opens when pasted with spaces around it', () => {
    const token = createResumeCode(survey, answers, NOW, { secret: SECRET });
    expect(readResumeCode(survey, `  ${token}\n`, NOW, { secret: SECRET }).ok).toBe(true);
  });
});
