// The sample surveys as test fixtures, and a builder for surveys with just the questions a test needs.
import { Survey, type DocumentOf } from '../../../src/model/index.ts';
import { ofType, sample } from '../content/load-sample.ts';

/** 23 November 2026, mid-morning in London: both sample surveys are open. */
export const NOW = new Date('2026-11-23T10:30:00Z');
export const SECRET = Buffer.from('a test secret that is long enough to use, 0123456789');
export const SUBMISSION_ID = '6a1f0a3e-3c1b-4f39-9a53-0d1f2b6a9c11';

export function parentsSurvey(): Survey {
  return ofType(sample().content, 'survey').find((s) => s.audience === 'parents-carers')!;
}

export function youngPeopleSurvey(): Survey {
  return ofType(sample().content, 'survey').find((s) => s.audience === 'young-people')!;
}

type QuestionInput = Partial<Survey['questions'][number]> & Pick<Survey['questions'][number], 'key' | 'type'>;

/** A survey run through the model's schema, so defaults are filled in as the store would. */
export function aSurvey(questions: QuestionInput[], over: Partial<DocumentOf<'survey'>> = {}): Survey {
  return Survey.parse({
    _id: 'survey-test',
    _type: 'survey',
    title: 'A test survey',
    slug: { _type: 'slug', current: 'test' },
    audience: 'parents-carers',
    easyRead: false,
    intro: 'For tests.',
    opensAt: '2026-01-01T09:00:00Z',
    closesAt: '2027-01-01T00:00:00Z',
    questions: questions.map((q) => ({ _key: q.key, label: `Question ${q.key}?`, ...q })),
    ...over,
  });
}

export const AGREE = ['1', '2', '3', '4', '5'].map((value) => ({ _key: value, value, label: `Point ${value}` }));
export const options = (...values: string[]) => values.map((value) => ({ _key: value, value, label: value.replace(/-/g, ' ') }));
