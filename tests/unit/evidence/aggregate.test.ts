// A measure's figures per quarter and group from survey answers, with groups under 10 never shown as a number.
import { describe, expect, it } from 'vitest';
import { DONT_KNOW, type ImpactMeasure, type SurveyResponse } from '../../../src/model/index.ts';
import { aggregateMeasure, SUPPRESSION_THRESHOLD, type SurveyForEvidence } from '../../../src/evidence/index.ts';

const surveys: SurveyForEvidence[] = [
  { _id: 'survey-parents', questions: [{ key: 'listened-to', positiveValues: ['4', '5'] }, { key: 'comment', positiveValues: [] }] },
  { _id: 'survey-young', questions: [{ key: 'adults-listen', positiveValues: ['4', '5'] }] },
  { _id: 'survey-choice', questions: [{ key: 'overall', positiveValues: ['good', 'very-good'] }, { key: 'used', positiveValues: ['sendiass'] }] },
];

const measure = {
  surveyQuestions: [
    { survey: { _type: 'reference' as const, _ref: 'survey-parents' }, questionKey: 'listened-to', _key: 'a' },
    { survey: { _type: 'reference' as const, _ref: 'survey-young' }, questionKey: 'adults-listen', _key: 'b' },
  ],
};

let serial = 0;
function response(
  survey: 'parents' | 'young' | 'choice',
  at: string,
  answer: Partial<SurveyResponse['answers'][number]> & { questionKey: string },
  agePhase?: SurveyResponse['agePhase'],
): SurveyResponse {
  serial++;
  return {
    _id: `response-${serial}`,
    _type: 'surveyResponse',
    survey: { _type: 'reference', _ref: `survey-${survey}`, _weak: true },
    submissionId: '6a1f0a3e-3c1b-4f39-9a53-0d1f2b6a9c11',
    receiptHash: 'a'.repeat(64),
    submittedAt: at,
    audience: survey === 'young' ? 'young-people' : 'parents-carers',
    ...(agePhase ? { agePhase } : {}),
    answers: [{ _key: answer.questionKey, ...answer }],
  };
}
const scores = (survey: 'parents' | 'young', at: string, key: string, values: (number | 'dk')[], agePhase?: SurveyResponse['agePhase']) =>
  values.map((v) => response(survey, at, v === 'dk' ? { questionKey: key, choice: DONT_KNOW } : { questionKey: key, score: v }, agePhase));

// January to March 2025: 12 parents (8 positive), 2 "don't know", 1 who skipped the question; 5 young people (3 positive).
// April to June 2025: nobody. July to September 2025: exactly 10 parents (7 positive).
const responses = [
  ...scores('parents', '2025-01-15T10:00:00Z', 'listened-to', [4, 5, 4, 5, 4, 5, 4, 5, 1, 2, 3, 3], 'primary'),
  ...scores('parents', '2025-02-15T10:00:00Z', 'listened-to', ['dk', 'dk'], 'primary'),
  response('parents', '2025-02-16T10:00:00Z', { questionKey: 'comment', text: 'No score given.', moderation: 'pending' }),
  ...scores('young', '2025-03-01T10:00:00Z', 'adults-listen', [4, 5, 5, 1, 2], 'secondary'),
  ...scores('parents', '2025-08-01T10:00:00Z', 'listened-to', [4, 4, 4, 4, 5, 5, 5, 1, 2, 3], 'early-years'),
];

describe('a survey measure’s figures', () => {
  it('count positive answers per quarter, with the Wilson interval, and leave out "don’t know" and skipped answers', () => {
    const { periods } = aggregateMeasure(measure, surveys, responses);
    expect(periods).toEqual([
      {
        key: '2025-Q1',
        label: 'January to March 2025',
        end: '2025-03-31',
        // 17 answered (12 + 5), 11 positive: 64.7%, interval 41.3% to 82.7%.
        groups: [{ group: 'all', n: 17, positive: 11, percent: 64.7, low: 41.3, high: 82.7, suppressed: false }],
      },
      { key: '2025-Q2', label: 'April to June 2025', end: '2025-06-30', groups: [{ group: 'all', n: 0, suppressed: true }] },
      {
        key: '2025-Q3',
        label: 'July to September 2025',
        end: '2025-09-30',
        groups: [{ group: 'all', n: 10, positive: 7, percent: 70, low: 39.7, high: 89.2, suppressed: false }],
      },
    ]);
  });

  it('split by parents and young people, suppressing a group of fewer than 10 with no figures at all', () => {
    const { periods } = aggregateMeasure(measure, surveys, responses, { groupBy: 'audience' });
    expect(periods[0]!.groups).toEqual([
      { group: 'parents-carers', n: 12, positive: 8, percent: 66.7, low: 39.1, high: 86.2, suppressed: false },
      { group: 'young-people', n: 5, suppressed: true },
    ]);
    expect(periods[2]!.groups.map((g) => [g.group, g.suppressed])).toEqual([
      ['parents-carers', false],
      ['young-people', true],
    ]);
  });

  it('split by age phase, in the age phases’ order', () => {
    const { periods } = aggregateMeasure(measure, surveys, responses, { groupBy: 'agePhase' });
    expect(periods[0]!.groups.map((g) => [g.group, g.n, g.suppressed])).toEqual([
      ['early-years', 0, true],
      ['primary', 12, false],
      ['secondary', 5, true],
    ]);
    expect(periods[2]!.groups.map((g) => [g.group, g.n, g.suppressed])).toEqual([
      ['early-years', 10, false],
      ['primary', 0, true],
      ['secondary', 0, true],
    ]);
  });

  it('publishes a group from exactly 10 responses, and never below', () => {
    expect(SUPPRESSION_THRESHOLD).toBe(10);
    const nine = scores('parents', '2025-08-01T10:00:00Z', 'listened-to', [5, 5, 5, 5, 5, 5, 5, 5, 5]);
    const figures = aggregateMeasure(measure, surveys, nine).periods[0]!.groups[0]!;
    expect(figures).toEqual({ group: 'all', n: 9, suppressed: true });
    expect(Object.keys(figures)).not.toContain('percent');
  });

  it('counts a response sent late on 31 March in London’s April', () => {
    const late = scores('parents', '2025-03-31T23:30:00Z', 'listened-to', Array.from({ length: 10 }, () => 4));
    expect(aggregateMeasure(measure, surveys, late).periods.map((p) => p.key)).toEqual(['2025-Q2']);
  });

  it('counts choice answers by their positive values, and a choose-all answer as positive when any choice is', () => {
    const choiceMeasure = { surveyQuestions: [{ survey: 'survey-choice', questionKey: 'overall' }] };
    const picks = ['good', 'very-good', 'mixed', 'poor', 'good', 'good', 'very-poor', 'good', 'mixed', 'good', DONT_KNOW];
    const answers = picks.map((choice) => response('choice', '2025-05-05T10:00:00Z', { questionKey: 'overall', choice }));
    expect(aggregateMeasure(choiceMeasure, surveys, answers).periods[0]!.groups[0]).toMatchObject({ n: 10, positive: 6, percent: 60 });

    const usedMeasure = { surveyQuestions: [{ survey: 'survey-choice', questionKey: 'used' }] };
    const used = Array.from({ length: 10 }, (_, i) =>
      response('choice', '2025-05-05T10:00:00Z', { questionKey: 'used', choices: i < 4 ? ['family-hub', 'sendiass'] : ['family-hub'] }),
    );
    expect(aggregateMeasure(usedMeasure, surveys, used).periods[0]!.groups[0]).toMatchObject({ n: 10, positive: 4 });
  });

  it('counts a person once when a measure links two questions of one survey', () => {
    const both = { surveyQuestions: [{ survey: 'survey-choice', questionKey: 'overall' }, { survey: 'survey-choice', questionKey: 'used' }] };
    const one: SurveyResponse = {
      ...response('choice', '2025-05-05T10:00:00Z', { questionKey: 'overall', choice: 'good' }),
      answers: [
        { _key: 'overall', questionKey: 'overall', choice: 'good' },
        { _key: 'used', questionKey: 'used', choices: ['sendiass'] },
      ],
    };
    expect(aggregateMeasure(both, surveys, [one]).periods[0]!.groups[0]!.n).toBe(1);
  });

  it('has no figures when the linked survey or question is missing, or the question has no positive answers', () => {
    expect(aggregateMeasure({ surveyQuestions: [{ survey: 'survey-gone', questionKey: 'x' }] }, surveys, responses)).toEqual({ periods: [] });
    expect(aggregateMeasure({ surveyQuestions: [{ survey: 'survey-parents', questionKey: 'comment' }] }, surveys, responses)).toEqual({ periods: [] });
  });

  it('takes the model’s own documents as they are', () => {
    const impactMeasure = { ...measure, _id: 'impactMeasure-x' } as unknown as ImpactMeasure;
    expect(aggregateMeasure(impactMeasure, surveys, responses).periods).toHaveLength(3);
  });

  it('never reads free text', () => {
    const tricky = responses.map((r) => ({ ...r, answers: r.answers.map((a) => ({ ...a, get text(): string { throw new Error('read free text'); } })) }));
    expect(() => aggregateMeasure(measure, surveys, tricky)).not.toThrow();
  });
});
