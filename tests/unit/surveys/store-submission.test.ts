// Storing a response: anonymous, scrubbed, pending moderation, once per submission id; deleted by its receipt code.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../src/store/index.ts';
import {
  deleteByReceipt,
  normaliseReceiptCode,
  parseSubmission,
  receiptHash,
  storeSubmission,
  type ParsedSubmission,
} from '../../../src/surveys/index.ts';
import type { SurveyResponse } from '../../../src/model/index.ts';
import { NOW, SECRET, SUBMISSION_ID, parentsSurvey } from './fixtures.ts';

let store: LocalStore;
const survey = parentsSurvey();

beforeEach(async () => {
  store = await openLocalStore({ dataDir: null, seed: { content: [survey], feedback: [] } });
});
afterEach(() => store.close());

function submission(answers: Record<string, unknown> = {}, submissionId = SUBMISSION_ID): ParsedSubmission {
  const result = parseSubmission(
    survey,
    { submissionId, answers: { 'age-phase': 'secondary', 'listened-to': '5', 'overall-experience': 'mixed', ...answers } },
    NOW,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

async function stored(): Promise<SurveyResponse[]> {
  return store.query<SurveyResponse[]>('*[_type == "surveyResponse"]', {}, { dataset: 'feedback' });
}

describe('storing a response', () => {
  it('keeps the answers, the age phase and the time, with only a hash of the receipt code', async () => {
    const { receiptCode, duplicate } = await storeSubmission(store, survey, submission({ 'has-ehcp': 'no' }), NOW, { secret: SECRET });
    expect(duplicate).toBe(false);
    expect(normaliseReceiptCode(receiptCode)).toBe(receiptCode);
    const [doc] = await stored();
    expect(doc).toMatchObject({
      _id: `response-${SUBMISSION_ID}`,
      survey: { _type: 'reference', _ref: survey._id, _weak: true },
      submissionId: SUBMISSION_ID,
      receiptHash: receiptHash(receiptCode),
      submittedAt: NOW.toISOString(),
      audience: 'parents-carers',
      agePhase: 'secondary',
      answers: [
        { _key: 'age-phase', questionKey: 'age-phase', choice: 'secondary' },
        { _key: 'listened-to', questionKey: 'listened-to', score: 5 },
        { _key: 'has-ehcp', questionKey: 'has-ehcp', choice: 'no' },
        { _key: 'overall-experience', questionKey: 'overall-experience', choice: 'mixed' },
      ],
    });
    expect(JSON.stringify(doc)).not.toContain(receiptCode);
  });

  it('stores nothing that could identify the device: no IP address, no user agent', async () => {
    await storeSubmission(store, survey, submission(), NOW, { secret: SECRET });
    const [doc] = await stored();
    const fields = Object.keys(doc!).filter((k) => !k.startsWith('_'));
    expect(fields.sort()).toEqual(['agePhase', 'answers', 'audience', 'receiptHash', 'submissionId', 'submittedAt', 'survey']);
  });

  it('removes personal details from free text before storing it, and holds it for moderation', async () => {
    await storeSubmission(
      store,
      survey,
      submission({ 'what-to-change': 'My son Jake needs help. Ring me on 07700 900123 or write to jo@example.com, WM4 2AB.' }),
      NOW,
      { secret: SECRET },
    );
    const [doc] = await stored();
    expect(doc!.answers.find((a) => a.questionKey === 'what-to-change')).toEqual({
      _key: 'what-to-change',
      questionKey: 'what-to-change',
      text: 'My son [name] needs help. Ring me on [phone] or write to [email], [postcode].',
      moderation: 'pending',
    });
    expect(JSON.stringify(doc)).not.toMatch(/Jake|07700|jo@example|WM4/);
  });

  it('keeps scrubbed text within what an answer can hold when the names made it longer', async () => {
    const long = { ...survey, questions: survey.questions.map((q) => (q.key === 'what-works' ? { ...q, maxLength: 5000 } : q)) };
    const result = parseSubmission(
      long,
      { submissionId: SUBMISSION_ID, answers: { 'age-phase': 'primary', 'listened-to': '4', 'overall-experience': 'good', 'what-works': 'Mr Li '.repeat(833) } },
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await storeSubmission(store, long, result.value, NOW, { secret: SECRET });
    const text = (await stored())[0]!.answers.find((a) => a.questionKey === 'what-works')!.text!;
    expect(text.length).toBeLessThanOrEqual(5000);
    expect(text).toMatch(/^\[name\] \[name\]/);
  });

  it('stores a retried post once, and gives the same receipt code back', async () => {
    const first = await storeSubmission(store, survey, submission(), NOW, { secret: SECRET });
    const again = await storeSubmission(store, survey, submission({ 'listened-to': '1' }), new Date(NOW.getTime() + 5000), { secret: SECRET });
    expect(again).toEqual({ receiptCode: first.receiptCode, duplicate: true });
    const docs = await stored();
    expect(docs).toHaveLength(1);
    expect(docs[0]!.answers.find((a) => a.questionKey === 'listened-to')?.score).toBe(5);
  });

  it('stores concurrent retries of one post once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => storeSubmission(store, survey, submission(), NOW, { secret: SECRET })));
    expect(new Set(results.map((r) => r.receiptCode)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await stored()).toHaveLength(1);
  });

  it('refuses a submission checked against another survey', async () => {
    await expect(storeSubmission(store, { ...survey, _id: 'survey-other' }, submission(), NOW, { secret: SECRET })).rejects.toThrow(
      /checked against survey/,
    );
  });
});

describe('deleting a response with its receipt code', () => {
  it('deletes that response and no other, however the code is typed', async () => {
    const mine = await storeSubmission(store, survey, submission(), NOW, { secret: SECRET });
    await storeSubmission(store, survey, submission({}, randomUUID()), NOW, { secret: SECRET });
    const typed = mine.receiptCode.toLowerCase().replace(/-/g, ' ');
    expect(await deleteByReceipt(store, typed, NOW)).toBe('deleted');
    const left = await stored();
    expect(left).toHaveLength(1);
    expect(left[0]!._id).not.toBe(`response-${SUBMISSION_ID}`);
    expect(await deleteByReceipt(store, mine.receiptCode, NOW)).toBe('not-found');
  });

  it('finds nothing for a mistyped or made-up code', async () => {
    await storeSubmission(store, survey, submission(), NOW, { secret: SECRET });
    expect(await deleteByReceipt(store, 'AAAA-BBBB-CCCC', NOW)).toBe('not-found');
    expect(await deleteByReceipt(store, 'hello', NOW)).toBe('not-found');
    expect(await stored()).toHaveLength(1);
  });
});
