// Checking a submission against its survey: what people see when an answer is missing or wrong, and what is kept.
import { describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../../../src/model/index.ts';
import { answerSchema, NOTHING_ANSWERED, parseSubmission, validateQuestion } from '../../../src/surveys/index.ts';
import { AGREE, NOW, SUBMISSION_ID, aSurvey, options, parentsSurvey, youngPeopleSurvey } from './fixtures.ts';

const GOOD_PARENT_ANSWERS = {
  'age-phase': 'primary',
  'listened-to': '4',
  'overall-experience': 'good',
};

function parents(answers: Record<string, unknown>, submissionId: unknown = SUBMISSION_ID, now = NOW) {
  return parseSubmission(parentsSurvey(), { submissionId, answers }, now);
}

function errorsOf(result: ReturnType<typeof parents>) {
  return result.ok ? [] : result.errors;
}

describe('a parent sends the survey', () => {
  it('is accepted with the required questions answered, and keeps each answer in the field for its type', () => {
    const result = parents({
      ...GOOD_PARENT_ANSWERS,
      needs: ['autism', 'speech-language-and-communication'],
      area: DONT_KNOW,
      'has-ehcp': 'yes',
      'review-involved': '2',
      'what-works': '  The SENCO is great.  ',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      surveyId: parentsSurvey()._id,
      submissionId: SUBMISSION_ID,
      agePhase: 'primary',
      answers: [
        { questionKey: 'age-phase', choice: 'primary' },
        { questionKey: 'needs', choices: ['autism', 'speech-language-and-communication'] },
        { questionKey: 'area', choice: DONT_KNOW },
        { questionKey: 'listened-to', score: 4 },
        { questionKey: 'has-ehcp', choice: 'yes' },
        { questionKey: 'review-involved', score: 2 },
        { questionKey: 'overall-experience', choice: 'good' },
        { questionKey: 'what-works', text: 'The SENCO is great.' },
      ],
    });
  });

  it('treats blank fields as not answered', () => {
    const result = parents({ ...GOOD_PARENT_ANSWERS, 'what-works': '   ', needs: [], area: '' });
    expect(result.ok && result.value.answers.map((a) => a.questionKey)).toEqual(['age-phase', 'listened-to', 'overall-experience']);
  });

  it('drops the answer to a question that the other answers hide, instead of refusing it', () => {
    const result = parents({ ...GOOD_PARENT_ANSWERS, 'has-ehcp': 'no', 'review-involved': '5' });
    expect(result.ok && result.value.answers.map((a) => a.questionKey)).not.toContain('review-involved');
  });

  it('lists every missing required answer in the order of the page, with the question’s own message', () => {
    expect(errorsOf(parents({ 'has-ehcp': 'yes' }))).toEqual([
      { field: 'age-phase', message: 'Select how old the child or young person is' },
      { field: 'listened-to', message: 'Select how much you agree that professionals listen to you and your child' },
      { field: 'overall-experience', message: 'Select how you would describe your experience of SEND support' },
    ]);
  });

  it('does not store a "don’t know" for an age phase, and keeps the order of the options for multiple choices', () => {
    const result = parents({ ...GOOD_PARENT_ANSWERS, needs: ['social-emotional-and-mental-health', 'autism'] });
    expect(result.ok && result.value.answers[1]).toEqual({ questionKey: 'needs', choices: ['autism', 'social-emotional-and-mental-health'] });
  });

  it('gives the submission id back in lower case, so a retry in another case is the same submission', () => {
    const result = parents(GOOD_PARENT_ANSWERS, SUBMISSION_ID.toUpperCase());
    expect(result.ok && result.value.submissionId).toBe(SUBMISSION_ID);
  });
});

describe('bad submissions are refused with a message, and nothing is kept', () => {
  const table: [string, Record<string, unknown>, unknown, { field: string; message: string }[]][] = [
    ['an unknown question', { ...GOOD_PARENT_ANSWERS, 'favourite-colour': 'blue' }, SUBMISSION_ID, [
      { field: 'favourite-colour', message: 'This question is not part of this survey. Go back to the survey and try again' },
    ]],
    ['a scale point out of range', { ...GOOD_PARENT_ANSWERS, 'listened-to': '6' }, SUBMISSION_ID, [
      { field: 'listened-to', message: 'Select one of the answers shown' },
    ]],
    ['a score that is not a number', { ...GOOD_PARENT_ANSWERS, 'listened-to': 'lots' }, SUBMISSION_ID, [
      { field: 'listened-to', message: 'Select one of the answers shown' },
    ]],
    ['an option the question does not have', { ...GOOD_PARENT_ANSWERS, 'overall-experience': 'amazing' }, SUBMISSION_ID, [
      { field: 'overall-experience', message: 'Select one of the answers shown' },
    ]],
    ['two answers to a choose-one question', { ...GOOD_PARENT_ANSWERS, 'overall-experience': ['good', 'poor'] }, SUBMISSION_ID, [
      { field: 'overall-experience', message: 'Select one answer only' },
    ]],
    ['"don’t know" where it is not offered', { ...GOOD_PARENT_ANSWERS, 'listened-to': DONT_KNOW }, SUBMISSION_ID, [
      { field: 'listened-to', message: 'Select one of the answers shown' },
    ]],
    ['an age phase the question does not offer', { ...GOOD_PARENT_ANSWERS, 'age-phase': 'university' }, SUBMISSION_ID, [
      { field: 'age-phase', message: 'Select one of the answers shown' },
    ]],
    ['"None of these" with other answers', { ...GOOD_PARENT_ANSWERS, 'waiting-for': ['none', 'camhs'] }, SUBMISSION_ID, [
      { field: 'waiting-for', message: 'Select “None of these” on its own, or select the answers that apply' },
    ]],
    ['an unknown choice among good ones', { ...GOOD_PARENT_ANSWERS, needs: ['autism', 'telepathy'] }, SUBMISSION_ID, [
      { field: 'needs', message: 'Select one of the answers shown' },
    ]],
    ['text over the question’s limit', { ...GOOD_PARENT_ANSWERS, 'missing-from-local-offer': 'x'.repeat(201) }, SUBMISSION_ID, [
      { field: 'missing-from-local-offer', message: 'Your answer must be 200 characters or fewer' },
    ]],
    ['a number where text is expected', { ...GOOD_PARENT_ANSWERS, 'what-works': 42 }, SUBMISSION_ID, [
      { field: 'what-works', message: 'Enter your answer as text' },
    ]],
    ['an object as an answer', { ...GOOD_PARENT_ANSWERS, 'listened-to': { score: 4 } }, SUBMISSION_ID, [
      { field: 'listened-to', message: 'Select one of the answers shown' },
    ]],
    ['no submission id', GOOD_PARENT_ANSWERS, '', [
      { field: 'submissionId', message: 'Your answers could not be sent because the form was incomplete. Go back to the survey and try again' },
    ]],
    ['a submission id that is not a UUID', GOOD_PARENT_ANSWERS, 'abc', [
      { field: 'submissionId', message: 'Your answers could not be sent because the form was incomplete. Go back to the survey and try again' },
    ]],
  ];

  it.each(table)('%s', (_name, answers, submissionId, expected) => {
    const result = parents(answers, submissionId);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual(expected);
  });

  it('says when the survey has closed, and nothing else', () => {
    const result = parents({ 'listened-to': '9' }, 'nope', new Date('2027-02-01T12:00:00Z'));
    expect(errorsOf(result)).toEqual([{ field: 'survey', message: 'This survey closed on 31 January 2027' }]);
  });

  it('says when the survey has not opened yet', () => {
    const result = parents(GOOD_PARENT_ANSWERS, SUBMISSION_ID, new Date('2023-12-01T12:00:00Z'));
    expect(errorsOf(result)).toEqual([{ field: 'survey', message: 'This survey opens on 8 January 2024' }]);
  });

  it('refuses a submission with no answers at all, even when no question is required', () => {
    const survey = aSurvey([{ key: 'comment', type: 'long-text' }]);
    const result = parseSubmission(survey, { submissionId: SUBMISSION_ID, answers: { comment: ' ' } }, NOW);
    expect(errorsOf(result)).toEqual([{ field: 'survey', message: NOTHING_ANSWERED }]);
  });

  it('refuses answers that are not a set of fields', () => {
    const result = parseSubmission(parentsSurvey(), { submissionId: SUBMISSION_ID, answers: 'listened-to=4' as never }, NOW);
    expect(errorsOf(result)).toEqual([{ field: 'survey', message: 'Your answers could not be read. Go back to the survey and try again' }]);
  });
});

describe('text answers', () => {
  const survey = aSurvey([
    { key: 'short', type: 'short-text' },
    { key: 'long', type: 'long-text', maxLength: 500 },
  ]);
  const parse = (answers: Record<string, unknown>) => parseSubmission(survey, { submissionId: SUBMISSION_ID, answers }, NOW);

  it('count a line break as one character, as the browser does', () => {
    expect(parse({ long: 'a\r\n'.repeat(250).trim() }).ok).toBe(true);
    expect(errorsOf(parse({ long: 'x'.repeat(501) }))).toEqual([{ field: 'long', message: 'Your answer must be 500 characters or fewer' }]);
  });

  it('take 500 characters in a short text question without its own limit', () => {
    expect(parse({ short: 'x'.repeat(500) }).ok).toBe(true);
    expect(errorsOf(parse({ short: 'x'.repeat(501) }))[0]?.message).toBe('Your answer must be 500 characters or fewer');
  });

  it('lose control characters but keep line breaks', () => {
    const result = parse({ long: 'one\u0000\u0007\ntwo' });
    expect(result.ok && result.value.answers[0]).toEqual({ questionKey: 'long', text: 'one\ntwo' });
  });
});

describe('scales and choices without their own options', () => {
  const survey = aSurvey([
    { key: 'plain-scale', type: 'scale' },
    { key: 'yes-or-no', type: 'yes-no', allowDontKnow: true },
    { key: 'which', type: 'multiple-choice', options: options('a', 'b', 'none'), allowDontKnow: true },
    { key: 'agreement', type: 'scale', options: AGREE },
  ]);
  const parse = (answers: Record<string, unknown>) => parseSubmission(survey, { submissionId: SUBMISSION_ID, answers }, NOW);

  it('accept 1 to 5, yes or no, and "don’t know" for choose-all questions as a single choice', () => {
    const result = parse({ 'plain-scale': '5', 'yes-or-no': 'no', which: [DONT_KNOW], agreement: ['1'] });
    expect(result.ok && result.value.answers).toEqual([
      { questionKey: 'plain-scale', score: 5 },
      { questionKey: 'yes-or-no', choice: 'no' },
      { questionKey: 'which', choice: DONT_KNOW },
      { questionKey: 'agreement', score: 1 },
    ]);
  });

  it('refuse "don’t know" alongside an answer', () => {
    expect(errorsOf(parse({ which: ['a', DONT_KNOW] }))).toEqual([
      { field: 'which', message: 'Select “Don’t know” on its own, or select the answers that apply' },
    ]);
  });
});

describe('the derived schema', () => {
  it('is a zod schema a page can run on its own, with the question key as the issue path', () => {
    const result = answerSchema(youngPeopleSurvey()).safeParse({ 'age-phase': 'primary' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['age-phase', 'Select one of the answers shown'],
      ['adults-listen', 'Select how often adults listen to you'],
    ]);
  });

  it('asks for a revealed question only when the answer that reveals it is given', () => {
    const schema = answerSchema(youngPeopleSurvey());
    const base = { 'age-phase': 'secondary', 'adults-listen': '3' };
    expect(schema.parse({ ...base, 'things-to-do': 'yes', 'would-like-to-do': 'Drama' })).not.toContainEqual(
      expect.objectContaining({ questionKey: 'would-like-to-do' }),
    );
    expect(schema.parse({ ...base, 'things-to-do': 'no', 'would-like-to-do': 'Drama' })).toContainEqual({
      questionKey: 'would-like-to-do',
      text: 'Drama',
    });
  });
});

describe('one question a page', () => {
  const survey = youngPeopleSurvey();

  it('says what is wrong with the one answer', () => {
    expect(validateQuestion(survey, 'adults-listen', undefined, {})).toBe('Select how often adults listen to you');
    expect(validateQuestion(survey, 'adults-listen', '7', {})).toBe('Select one of the answers shown');
    expect(validateQuestion(survey, 'one-change', 'x'.repeat(501), {})).toBe('Your answer must be 500 characters or fewer');
  });

  it('is happy with a good or skipped optional answer', () => {
    expect(validateQuestion(survey, 'adults-listen', '4', {})).toBeUndefined();
    expect(validateQuestion(survey, 'feel-at-school', undefined, {})).toBeUndefined();
    expect(validateQuestion(survey, 'feel-at-school', '', {})).toBeUndefined();
  });

  it('does not check a question the other answers hide', () => {
    expect(validateQuestion(survey, 'would-like-to-do', 'x'.repeat(999), { 'things-to-do': 'yes' })).toBeUndefined();
    expect(validateQuestion(survey, 'would-like-to-do', 'x'.repeat(999), { 'things-to-do': 'no' })).toBe(
      'Your answer must be 200 characters or fewer',
    );
  });

  it('refuses a question the survey does not have', () => {
    expect(validateQuestion(survey, 'nope', 'x', {})).toMatch(/not part of this survey/);
  });
});

describe('hostile field names', () => {
  it('treat "__proto__" and "constructor" as unknown questions, not as the object’s own machinery', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x", "age-phase": "primary", "listened-to": "4", "overall-experience": "good"}') as Record<string, unknown>;
    expect(errorsOf(parents(answers))).toEqual([
      { field: '__proto__', message: 'This question is not part of this survey. Go back to the survey and try again' },
      { field: 'constructor', message: 'This question is not part of this survey. Go back to the survey and try again' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('work for a question whose key is "constructor"', () => {
    const survey = aSurvey([
      { key: 'constructor', type: 'yes-no' },
      { key: 'follow-up', type: 'short-text', showIf: { questionKey: 'constructor', equals: 'yes' } },
    ]);
    const parse = (answers: Record<string, unknown>) => parseSubmission(survey, { submissionId: SUBMISSION_ID, answers }, NOW);
    expect(parse({ 'follow-up': 'hidden' })).toEqual({ ok: false, errors: [{ field: 'survey', message: NOTHING_ANSWERED }] });
    expect(parse({ constructor: 'yes', 'follow-up': 'shown' })).toMatchObject({ ok: true, value: { answers: [{ questionKey: 'constructor', choice: 'yes' }, { questionKey: 'follow-up', text: 'shown' }] } });
  });
});
