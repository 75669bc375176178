// What each page of a survey shows, from the step the flow chose: title, error summary, questions, Back and saved answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Survey } from '../../../src/model/index.ts';
import type { FlowState } from '../../../src/surveys/flow.ts';
import { surveyPageView, type SurveyPageInput } from '../../../src/surveys/survey-page.ts';

const sample = readFileSync('content/sample.ndjson', 'utf8').split('\n').filter(Boolean);
const survey = (id: string) => Survey.parse(JSON.parse(sample.find((l) => l.includes(`"_id":"${id}"`))!));
const easyRead = survey('survey-young-people');
const parents = survey('survey-parents-carers');
const state = (extra: Partial<FlowState> = {}): FlowState => ({ submissionId: 'id', answers: {}, seen: [], returnToCheck: false, ...extra });
const input = (over: Partial<SurveyPageInput> & Pick<SurveyPageInput, 'survey' | 'step'>): SurveyPageInput => ({
  open: { open: true },
  state: state(),
  errors: [],
  isFirstVisit: true,
  resuming: false,
  ...over,
});

describe('a survey page', () => {
  it('titles each step so a person knows where they are from the tab alone', () => {
    const first = easyRead.questions[0]!;
    expect(surveyPageView(input({ survey: easyRead, step: { kind: 'privacy' } })).title).toBe(easyRead.title);
    expect(surveyPageView(input({ survey: easyRead, step: { kind: 'questions', keys: [first.key] } })).title).toBe(`${first.label} – ${easyRead.title}`);
    expect(surveyPageView(input({ survey: easyRead, step: { kind: 'check' } })).title).toBe(`Check your answers – ${easyRead.title}`);
    expect(surveyPageView(input({ survey: easyRead, step: { kind: 'saved', from: { kind: 'check' } } })).title).toBe(`Your answers are saved – ${easyRead.title}`);
    expect(surveyPageView(input({ survey: easyRead, step: { kind: 'check' }, open: { open: false, reason: 'closed' } })).title).toBe(easyRead.title);
  });

  it('shows the parents’ whole survey as its first page, with no Back button, offering answers this tab saved', () => {
    const keys = parents.questions.filter((q) => !q.showIf).map((q) => q.key);
    const view = surveyPageView(input({ survey: parents, step: { kind: 'questions', keys } }));
    expect(view.wholeSurvey).toBe(true);
    expect(view.showBack).toBe(false);
    expect(view.firstPage).toBe(true);
    expect(view.tabSaved).toBe('offer');
    expect(surveyPageView(input({ survey: parents, step: { kind: 'questions', keys }, resuming: true })).tabSaved).toBe('keep');
    expect(surveyPageView(input({ survey: parents, step: { kind: 'questions', keys }, isFirstVisit: false })).firstPage).toBe(false);
  });

  it('lists errors in the order of the questions, each linking to its question', () => {
    const [a, b] = parents.questions;
    const view = surveyPageView(
      input({
        survey: parents,
        step: { kind: 'questions', keys: [a!.key, b!.key] },
        errors: [
          { field: b!.key, message: 'Second' },
          { field: a!.key, message: 'First' },
        ],
      }),
    );
    expect(view.summary).toEqual([
      { href: `#q-${a!.key}`, message: 'First' },
      { href: `#q-${b!.key}`, message: 'Second' },
    ]);
    expect(view.errorMap).toEqual({ [a!.key]: 'First', [b!.key]: 'Second' });
  });

  it('puts a problem with the whole form, or a bad resume code, above any question’s error', () => {
    const step = { kind: 'check' as const };
    const problem = { message: 'Your answers could not be sent. Try again.', href: '#your-answers' };
    expect(surveyPageView(input({ survey: parents, step, problem, resumeError: 'x' })).summary).toEqual([problem]);
    expect(surveyPageView(input({ survey: parents, step, resumeError: 'Enter your code' })).summary).toEqual([{ href: '#resume', message: 'Enter your code' }]);
  });
});
