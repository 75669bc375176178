// Have your say in the sample: surveys that use every kind of question, and responses that answer them faithfully.
import { describe, expect, it } from 'vitest';
import type { Question, Survey, SurveyResponse } from '../../../src/model/index.ts';
import { DONT_KNOW } from '../../../content/generator/surveys.ts';
import { ofType, sample, TODAY } from './load-sample.ts';

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE = /(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b/;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i;

const FIELD_FOR: Record<Question['type'], 'choice' | 'choices' | 'score' | 'text'> = {
  scale: 'score',
  'symbol-scale': 'score',
  'single-choice': 'choice',
  'multiple-choice': 'choices',
  'yes-no': 'choice',
  'short-text': 'text',
  'long-text': 'text',
  'age-phase': 'choice',
};

function surveys() {
  return new Map(ofType(sample().content, 'survey').map((s) => [s._id, s]));
}
function responses(): SurveyResponse[] {
  return ofType(sample().feedback, 'surveyResponse');
}

describe('the sample surveys', () => {
  it('use every kind of question between them, with hints, a "don’t know", a condition and a length limit', () => {
    const questions = [...surveys().values()].flatMap((s) => s.questions);
    expect(new Set(questions.map((q) => q.type)).size).toBe(8);
    expect(questions.some((q) => q.allowDontKnow)).toBe(true);
    expect(questions.some((q) => q.type.endsWith('-text') && q.maxLength)).toBe(true);
    for (const s of surveys().values()) {
      expect(s.questions.some((q) => q.showIf), s._id).toBe(true);
      expect(new Set(s.questions.map((q) => q.type)).size, s._id).toBeGreaterThanOrEqual(6);
      for (const q of s.questions.filter((q) => q.type.endsWith('scale'))) expect(q.positiveValues, `${s._id} ${q.key}`).toEqual(['4', '5']);
      for (const q of s.questions.filter((q) => q.showIf)) expect(s.questions.some((o) => o.key === q.showIf!.questionKey)).toBe(true);
    }
  });

  it('has one survey for parents and carers and one in easy read for young people, with symbols that always have words', () => {
    const all = [...surveys().values()];
    const parents = all.find((s) => s.audience === 'parents-carers')!;
    const young = all.find((s) => s.audience === 'young-people')!;
    expect(parents.easyRead).toBe(false);
    expect(young.easyRead).toBe(true);
    expect(young.privacyNotice.length).toBeGreaterThan(0);
    const symbolScales = young.questions.filter((q) => q.type === 'symbol-scale');
    expect(symbolScales.length).toBeGreaterThanOrEqual(2);
    for (const q of symbolScales) {
      expect(q.options.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
      for (const o of q.options) {
        expect(o.symbol).toBeTruthy();
        expect(o.label).toMatch(/[a-z]/i);
      }
    }
    // Easy read: short questions in plain words.
    for (const q of young.questions) expect(q.label.split(' ').length, q.label).toBeLessThanOrEqual(14);
  });

  it('is open on 23 November 2026', () => {
    const open = [...surveys().values()].filter((s) => s.opensAt <= `${TODAY}T00:00:00Z` && (!s.closesAt || s.closesAt > `${TODAY}T23:59:59Z`));
    expect(open.length).toBeGreaterThanOrEqual(1);
    for (const s of surveys().values()) expect(s.closesAt! > TODAY).toBe(true);
  });
});

describe('the sample survey responses', () => {
  it('answer only questions their survey asks, in the field for the question’s type', () => {
    for (const r of responses()) {
      const survey = surveys().get(r.survey._ref) as Survey;
      expect(survey, r._id).toBeDefined();
      expect(r.audience).toBe(survey.audience);
      const given = new Map<string, string | undefined>();
      for (const a of r.answers) {
        const q = survey.questions.find((x) => x.key === a.questionKey);
        expect(q, `${r._id} ${a.questionKey}`).toBeDefined();
        const set = (['choice', 'choices', 'score', 'text'] as const).filter((f) => a[f] !== undefined);
        if (a.choice === DONT_KNOW) {
          expect(q!.allowDontKnow, `${r._id} ${a.questionKey}`).toBe(true);
          expect(set).toEqual(['choice']);
          continue;
        }
        expect(set, `${r._id} ${a.questionKey}`).toEqual([FIELD_FOR[q!.type]]);
        const values = q!.options.map((o) => o.value);
        if (a.score !== undefined) expect(a.score >= 1 && a.score <= 5).toBe(true);
        if (a.choice !== undefined) expect(values, `${r._id} ${a.questionKey}`).toContain(a.choice);
        if (a.choices !== undefined) for (const c of a.choices) expect(values).toContain(c);
        if (a.text !== undefined) {
          expect(a.text.length).toBeLessThanOrEqual(q!.maxLength ?? 5000);
          expect(a.moderation).toBeDefined();
        }
        if (q!.showIf) expect(given.get(q!.showIf.questionKey), `${r._id} ${a.questionKey}`).toBe(q!.showIf.equals);
        given.set(a.questionKey, a.choice);
      }
      for (const q of survey.questions.filter((q) => q.required)) expect(given.has(q.key), `${r._id} skipped ${q.key}`).toBe(true);
      expect(r.agePhase).toBe(r.answers.find((a) => a.questionKey === 'age-phase')?.choice);
    }
  });

  it('contain no email address, phone number or postcode in any free text', () => {
    const texts = responses().flatMap((r) => r.answers.map((a) => a.text).filter((t): t is string => !!t));
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) {
      expect(t).not.toMatch(EMAIL);
      expect(t).not.toMatch(PHONE);
      expect(t).not.toMatch(POSTCODE);
    }
  });

  it('were sent while their survey was open, in every quarter from 2024 to now, for both surveys', () => {
    const quarters = new Map<string, Set<string>>();
    for (const r of responses()) {
      const s = surveys().get(r.survey._ref)!;
      expect(r.submittedAt >= s.opensAt && r.submittedAt < `${TODAY}T00:00:00Z`, r._id).toBe(true);
      const q = `${r.submittedAt.slice(0, 4)}-Q${Math.ceil(Number(r.submittedAt.slice(5, 7)) / 3)}`;
      quarters.set(q, (quarters.get(q) ?? new Set()).add(r.audience));
    }
    expect([...quarters.keys()].sort()).toEqual(['2024', '2025', '2026'].flatMap((y) => [1, 2, 3, 4].map((n) => `${y}-Q${n}`)));
    for (const [q, audiences] of quarters) expect(audiences.size, q).toBe(2);
  });

  it('have comments waiting for moderation, approved with themes, and rejected', () => {
    const texts = responses().flatMap((r) => r.answers.filter((a) => a.text !== undefined));
    const states = new Set(texts.map((a) => a.moderation));
    expect(states).toEqual(new Set(['pending', 'approved', 'rejected']));
    expect(texts.filter((a) => a.moderation === 'approved' && (a.themes?.length ?? 0) > 0).length).toBeGreaterThan(50);
    expect(texts.filter((a) => a.moderation === 'pending' && a.themes).length).toBe(0);
  });

  it('have unique submission ids and receipt hashes', () => {
    const ids = responses().map((r) => r.submissionId);
    expect(new Set(ids).size).toBe(ids.length);
    const hashes = responses().map((r) => r.receiptHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('answer the survey-based measures’ questions often enough to publish figures most quarters', () => {
    for (const m of ofType(sample().content, 'impactMeasure').filter((x) => x.source === 'survey')) {
      const link = m.surveyQuestions[0]!;
      const perQuarter = new Map<string, number>();
      for (const r of responses().filter((x) => x.survey._ref === link.survey._ref)) {
        if (!r.answers.some((a) => a.questionKey === link.questionKey && a.score !== undefined)) continue;
        const q = `${r.submittedAt.slice(0, 4)}-${Math.ceil(Number(r.submittedAt.slice(5, 7)) / 3)}`;
        perQuarter.set(q, (perQuarter.get(q) ?? 0) + 1);
      }
      const publishable = [...perQuarter.values()].filter((n) => n >= 10).length;
      expect(publishable / perQuarter.size, m._id).toBeGreaterThan(0.7);
    }
  });
});
