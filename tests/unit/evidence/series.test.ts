// The series a plan page charts for a survey measure, from the sample's 600 responses.
import { describe, expect, it } from 'vitest';
import { FEWER_THAN_THRESHOLD, NO_RESPONSES, surveyMeasureSeries } from '../../../src/evidence/index.ts';
import { quarterOf } from '../../../src/evidence/index.ts';
import { ofType, sample } from '../content/load-sample.ts';

const surveys = () => ofType(sample().content, 'survey');
const responses = () => ofType(sample().feedback, 'surveyResponse');
const surveyMeasures = () => ofType(sample().content, 'impactMeasure').filter((m) => m.source === 'survey');

describe('a survey measure’s series', () => {
  it('has a point for every quarter from the first response, each with a value or a note but never both', () => {
    for (const measure of surveyMeasures()) {
      const series = surveyMeasureSeries(measure, surveys(), responses());
      expect(series).toMatchObject({ measureId: measure._id, unit: 'percent', source: 'survey', baseline: measure.baseline, target: measure.target });
      expect(series.points.length, measure._id).toBeGreaterThanOrEqual(11);
      for (const point of series.points) {
        if (point.suppressed) {
          expect(point, `${measure._id} ${point.label}`).toEqual({ date: point.date, label: point.label, suppressed: true, note: expect.any(String) });
        } else {
          expect(point.n!, `${measure._id} ${point.label}`).toBeGreaterThanOrEqual(10);
          expect(point.low!).toBeLessThanOrEqual(point.value!);
          expect(point.high!).toBeGreaterThanOrEqual(point.value!);
        }
      }
      expect(series.points.filter((p) => !p.suppressed).length / series.points.length, measure._id).toBeGreaterThan(0.7);
    }
  });

  it('gives the same % positive as counting the answers one by one', () => {
    const measure = surveyMeasures().find((m) => m.slug.current === 'parents-who-feel-listened-to')!;
    const link = measure.surveyQuestions[0]!;
    const counts = new Map<string, { n: number; positive: number }>();
    for (const r of responses().filter((x) => x.survey._ref === link.survey._ref)) {
      const answer = r.answers.find((a) => a.questionKey === link.questionKey);
      if (answer?.score === undefined) continue;
      const end = quarterOf(r.submittedAt).end;
      const c = counts.get(end) ?? { n: 0, positive: 0 };
      c.n++;
      if (answer.score >= 4) c.positive++;
      counts.set(end, c);
    }
    for (const point of surveyMeasureSeries(measure, surveys(), responses()).points) {
      const c = counts.get(point.date) ?? { n: 0, positive: 0 };
      if (c.n < 10) expect(point.value).toBeUndefined();
      else expect(point.value).toBe(Math.round((1000 * c.positive) / c.n) / 10);
    }
  });

  it('says why a point has no value', () => {
    const measure = surveyMeasures()[0]!;
    const link = measure.surveyQuestions[0]!;
    const answered = responses().filter(
      (r) => r.survey._ref === link.survey._ref && r.answers.some((a) => a.questionKey === link.questionKey && a.score !== undefined),
    );
    // Three in January to March 2024, none in the two quarters after, one in October to December 2024.
    const few = answered.slice(0, 3).map((r) => ({ ...r, submittedAt: '2024-02-01T10:00:00Z' }));
    const late = { ...answered[3]!, submittedAt: '2024-11-01T10:00:00Z' };
    const series = surveyMeasureSeries(measure, surveys(), [...few, late]);
    expect(series.points.map((p) => p.date)).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    const notes = series.points.map((p) => p.note);
    expect(notes[0]).toBe(FEWER_THAN_THRESHOLD);
    expect(notes).toContain(NO_RESPONSES);
    expect(series.points.every((p) => p.value === undefined && p.n === undefined)).toBe(true);
  });

  it('ends the chart at the last quarter with answers, labelled in words', () => {
    const series = surveyMeasureSeries(surveyMeasures()[0]!, surveys(), responses());
    expect(series.points.at(-1)).toMatchObject({ date: '2026-12-31', label: 'October to December 2026' });
    expect(series.points[0]).toMatchObject({ date: '2024-03-31', label: 'January to March 2024' });
  });
});
