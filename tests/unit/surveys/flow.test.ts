import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Survey } from '../../../src/model/index.ts';
import {
  advance,
  firstStep,
  isWholeSurvey,
  progress,
  readAnswers,
  readPost,
  resumeStep,
  type FlowState,
  type Nav,
  type Step,
} from '../../../src/surveys/flow.ts';

const sample = readFileSync('content/sample.ndjson', 'utf8').split('\n').filter(Boolean);
const survey = (id: string) => Survey.parse(JSON.parse(sample.find((l) => l.includes(`"_id":"${id}"`))!));
const easyRead = survey('survey-young-people');
const parents = survey('survey-parents-carers');

const state = (answers: FlowState['answers'] = {}, extra: Partial<FlowState> = {}): FlowState => ({
  submissionId: '0b8f2c5e-7d1a-4c3b-9e6f-5a4d3c2b1a09',
  answers,
  seen: [],
  returnToCheck: false,
  ...extra,
});
const go = (s: Survey, from: Step, st: FlowState, nav: Nav = { kind: 'continue' }) => advance(s, { state: st, step: from, nav });
const shown = (outcome: ReturnType<typeof advance>) => (outcome.kind === 'show' ? outcome.step : outcome);
const one = (key: string): Step => ({ kind: 'questions', keys: [key] });

describe('reading answers from a posted form', () => {
  it('keeps answers, one value or a list, and nothing else', () => {
    const form = new FormData();
    form.append('answers.age-phase', 'secondary');
    form.append('answers.activities', 'music');
    form.append('answers.activities', 'art');
    form.append('answers.one-change', '   ');
    form.append('nav', 'continue');
    form.append('submissionId', 'x');
    expect(readAnswers(form)).toEqual({ 'age-phase': 'secondary', activities: ['music', 'art'] });
  });

  it('reads the page, the button and the carried state, ignoring questions the survey does not have', () => {
    const form = new FormData();
    form.append('step', 'questions');
    form.append('shown', 'feel-at-school');
    form.append('shown', 'not-a-question');
    form.append('seen', 'age-phase');
    form.append('returnTo', 'check');
    form.append('nav', 'change:activities');
    const posted = readPost(easyRead, form);
    expect(posted.step).toEqual(one('feel-at-school'));
    expect(posted.nav).toEqual({ kind: 'change', key: 'activities' });
    expect(posted.state).toMatchObject({ seen: ['age-phase'], returnToCheck: true });
    // A form without a submission id gets one, so the final post can still be made once.
    expect(posted.state.submissionId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the easy read survey, one question a page', () => {
  it('starts with the privacy notice, then the first question', () => {
    expect(firstStep(easyRead)).toEqual({ kind: 'privacy' });
    expect(shown(go(easyRead, { kind: 'privacy' }, state()))).toEqual(one('age-phase'));
  });

  it('keeps a required question until it is answered, saying what to do', () => {
    const outcome = go(easyRead, one('age-phase'), state());
    expect(outcome).toMatchObject({ kind: 'show', step: one('age-phase'), errors: [{ field: 'age-phase', message: 'Select how old you are' }] });
  });

  it('moves forward and back in order, back never checking answers', () => {
    expect(shown(go(easyRead, one('age-phase'), state({ 'age-phase': 'secondary' })))).toEqual(one('feel-at-school'));
    expect(shown(go(easyRead, one('adults-listen'), state({ 'age-phase': 'secondary' }), { kind: 'back' }))).toEqual(one('feel-at-school'));
    expect(shown(go(easyRead, one('age-phase'), state(), { kind: 'back' }))).toEqual({ kind: 'privacy' });
  });

  it('asks the question an answer revealed next, and counts it', () => {
    const answers = { 'age-phase': 'secondary', 'adults-listen': '4', 'things-to-do': 'no' };
    expect(shown(go(easyRead, one('things-to-do'), state(answers)))).toEqual(one('would-like-to-do'));
    expect(progress(easyRead, answers, 'would-like-to-do')).toEqual({ number: 6, total: 9 });
    expect(progress(easyRead, { ...answers, 'things-to-do': 'yes' }, 'activities')).toEqual({ number: 6, total: 8 });
  });

  it('goes to check answers after the last question, and back from there to the last question', () => {
    const answers = { 'age-phase': 'secondary', 'adults-listen': '4' };
    expect(shown(go(easyRead, one('one-change'), state(answers)))).toEqual({ kind: 'check' });
    expect(shown(go(easyRead, { kind: 'check' }, state(answers), { kind: 'back' }))).toEqual(one('one-change'));
  });

  it('changes one answer from check answers and returns there, unless the change reveals a question', () => {
    const answers = { 'age-phase': 'secondary', 'adults-listen': '4', 'things-to-do': 'yes' };
    const change = go(easyRead, { kind: 'check' }, state(answers), { kind: 'change', key: 'things-to-do' });
    expect(change).toMatchObject({ step: one('things-to-do'), state: { returnToCheck: true } });
    const seen = easyRead.questions.map((q) => q.key).filter((k) => k !== 'would-like-to-do');
    expect(shown(go(easyRead, one('things-to-do'), state(answers, { returnToCheck: true, seen })))).toEqual({ kind: 'check' });
    const revealed = go(easyRead, one('things-to-do'), state({ ...answers, 'things-to-do': 'no' }, { returnToCheck: true, seen }));
    expect(shown(revealed)).toEqual(one('would-like-to-do'));
    expect(shown(go(easyRead, one('would-like-to-do'), state({ ...answers, 'things-to-do': 'no' }, { returnToCheck: true, seen })))).toEqual({ kind: 'check' });
  });

  it('refuses to "change" a question that is not shown', () => {
    expect(shown(go(easyRead, { kind: 'check' }, state({ 'things-to-do': 'yes' }), { kind: 'change', key: 'would-like-to-do' }))).toEqual({ kind: 'check' });
  });

  it('saves from any page and goes back to that page afterwards', () => {
    const saved = shown(go(easyRead, one('activities'), state({ activities: 'x' }), { kind: 'save' }));
    expect(saved).toEqual({ kind: 'saved', from: one('activities') });
    expect(shown(go(easyRead, saved as Step, state()))).toEqual(one('activities'));
  });

  it('only submits from check answers', () => {
    expect(go(easyRead, { kind: 'check' }, state(), { kind: 'submit' }).kind).toBe('submit');
    expect(go(easyRead, one('age-phase'), state({ 'age-phase': 'secondary' }), { kind: 'submit' }).kind).toBe('show');
  });

  it('picks up saved answers at the first question not answered yet', () => {
    expect(resumeStep(easyRead, { 'age-phase': 'secondary', 'feel-at-school': '3' }).step).toEqual(one('adults-listen'));
    const all = Object.fromEntries(easyRead.questions.filter((q) => !q.showIf).map((q) => [q.key, q.type === 'multiple-choice' ? ['music'] : q.options[0]?.value ?? 'text']));
    expect(resumeStep(easyRead, all).step).toEqual({ kind: 'check' });
  });
});

describe('the parents survey, one page of questions', () => {
  const everyShown = parents.questions.filter((q) => !q.showIf).map((q) => q.key);

  it('shows every question that applies on the first page', () => {
    expect(firstStep(parents)).toEqual({ kind: 'questions', keys: everyShown });
    expect(isWholeSurvey(parents, firstStep(parents), {})).toBe(true);
  });

  it('lists every missing required answer at once', () => {
    const outcome = go(parents, firstStep(parents), state());
    expect(outcome.kind === 'show' && outcome.errors.map((e) => e.field)).toEqual(['age-phase', 'listened-to', 'overall-experience']);
  });

  it('asks a question revealed by an answer on a page of its own, then checks answers', () => {
    const answers = { 'age-phase': 'primary', 'listened-to': '4', 'overall-experience': 'good', 'has-ehcp': 'yes' };
    const next = go(parents, firstStep(parents), state(answers));
    expect(shown(next)).toEqual(one('review-involved'));
    expect(isWholeSurvey(parents, one('review-involved'), answers)).toBe(false);
    const seen = next.kind === 'show' ? next.state.seen : [];
    expect(shown(go(parents, one('review-involved'), state(answers, { seen })))).toEqual({ kind: 'check' });
  });

  it('does not ask a revealed question whose answer was changed back', () => {
    const answers = { 'age-phase': 'primary', 'listened-to': '4', 'overall-experience': 'good', 'has-ehcp': 'no', 'review-involved': '2' };
    expect(shown(go(parents, firstStep(parents), state(answers)))).toEqual({ kind: 'check' });
  });
});
