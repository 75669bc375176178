import { describe, expect, it } from 'vitest';
import { actionAnchor, buildPlanModel } from '../../../src/plan/plan-model.ts';
import { actionsCsv, measuresCsv } from '../../../src/plan/exports.ts';
import { measureSummary } from '../../../src/plan/measure-summary.ts';
import { measurePosition } from '../../../src/plan/measure-position.ts';
import type { MeasureSeries } from '../../../src/plan/measure-series.ts';
import { aMeasure, aPlanContent, anAction, anEntry } from './builders.ts';

const TODAY = '2026-11-23';

describe('the plan as the pages show it', () => {
  it('orders actions by reference as people count (PA1.2 before PA1.10)', () => {
    const model = buildPlanModel(
      aPlanContent({ actions: ['PA1.10', 'PA1.2', 'PA1.1'].map((reference, i) => anAction({ _id: `a${i}`, reference })) }),
      TODAY,
    );
    expect(model.areas[0]!.actions.map((a) => a.reference)).toEqual(['PA1.1', 'PA1.2', 'PA1.10']);
  });

  it('shows the log newest first and leaves out entries dated after today', () => {
    const model = buildPlanModel(
      aPlanContent({
        actions: [
          anAction({
            updates: [
              { _key: 'a', date: '2026-03-01', text: 'First' },
              { _key: 'b', date: '2026-09-01', text: 'Second' },
              { _key: 'c', date: '2026-12-01', text: 'Not yet' },
            ],
          }),
        ],
      }),
      TODAY,
    );
    expect(model.areas[0]!.actions[0]!.updates.map((u) => u.text)).toEqual(['Second', 'First']);
  });

  it('is last updated on the latest progress report, completion, figure or entry up to today', () => {
    const content = aPlanContent({
      actions: [anAction({ updates: [{ _key: 'a', date: '2026-11-10', text: 'x' }, { _key: 'b', date: '2026-12-10', text: 'future' }] })],
      measures: [aMeasure()],
      entries: [anEntry({ publishedAt: '2026-11-01' })],
    });
    expect(buildPlanModel(content, TODAY).lastUpdated).toBe('2026-11-10');
  });

  it("links an area's themes, entries and co-production record", () => {
    const content = aPlanContent({
      actions: [anAction({ coProduction: [{ _key: 'c', group: 'Youth forum', involvement: 'reviewed', date: '2026-05-01' }] })],
    });
    const area = buildPlanModel(content, TODAY).areas[0]!;
    expect(area.themes.map((t) => t.slug)).toEqual(['waiting-times']);
    expect(area.entries.map((e) => e.slug)).toEqual(['help-while-waiting']);
    expect(area.coProduction).toEqual([expect.objectContaining({ group: 'Youth forum', actionReference: 'PA1.1' })]);
  });

  it('uses survey figures for survey measures and data points otherwise', () => {
    const survey = aMeasure({ _id: 'm-survey', slug: 'survey', source: 'survey', dataPoints: [], surveyQuestions: [{ survey: 's', questionKey: 'q' }] });
    const series: MeasureSeries = { measureId: 'm-survey', unit: 'percent', direction: 'higher-is-better', baseline: { value: 30, date: '2026-01-01' }, target: { value: 50, date: '2027-01-01' }, source: 'survey', points: [{ date: '2026-03-31', label: 'January to March 2026', value: 52, n: 40, low: 37, high: 67 }] };
    const model = buildPlanModel(aPlanContent({ measures: [aMeasure(), survey] }), TODAY, { surveySeries: (m) => (m._id === 'm-survey' ? series : undefined) });
    const [data, fromSurvey] = model.areas[0]!.measures;
    expect(data!.series.points).toHaveLength(3);
    expect(fromSurvey!.position.position).toBe('met');
  });

  it('makes an anchor for each action from its reference', () => {
    expect(actionAnchor('PA2.3')).toBe('pa2-3');
  });
});

describe("a measure's text summary", () => {
  const base: MeasureSeries = { measureId: 'm', unit: 'weeks', direction: 'lower-is-better', baseline: { value: 64, date: '2023-09-30' }, target: { value: 40, date: '2027-03-31' }, source: 'data', points: [] };
  const summary = (s: MeasureSeries) => measureSummary(s, measurePosition(s));

  it('gives the direction, baseline, target, latest figure, position and trend', () => {
    expect(summary({ ...base, points: [{ date: '2026-09-30', label: 'September 2026', value: 52 }] })).toBe(
      'Lower is better. Baseline 64 weeks on 30 September 2023. Target 40 weeks by 31 March 2027. Latest 52 weeks for September 2026. Improving: 50% of the way from the baseline to the target. Recent trend: going down (better).',
    );
  });

  it('says plainly when a figure is worse than the baseline', () => {
    expect(summary({ ...base, points: [{ date: '2026-09-30', label: 'September 2026', value: 73 }] })).toContain('Worse than baseline: 73 weeks against a baseline of 64 weeks.');
  });

  it('says how many responses a survey figure comes from', () => {
    expect(summary({ ...base, unit: 'percent', direction: 'higher-is-better', baseline: { value: 30, date: '2024-03-31' }, target: { value: 50, date: '2027-03-31' }, points: [{ date: '2026-09-30', label: 'July to September 2026', value: 45, n: 1234 }] })).toContain(
      'Latest 45% for July to September 2026, from 1,234 responses.',
    );
  });

  it('explains an empty chart', () => {
    expect(summary(base)).toContain('No figures have been reported since the baseline.');
    expect(summary({ ...base, points: [{ date: '2026-09-30', label: 'x', suppressed: true }] })).toContain('fewer than 10 responses');
  });
});

describe('the board’s spreadsheets', () => {
  const model = buildPlanModel(aPlanContent({ actions: [anAction({ dueDate: '2026-06-30', milestones: [{ _key: 'm', title: 'Draft, agreed', dueDate: '2026-03-01' }] })] }), TODAY);

  it('list every action with its worked-out status and why', () => {
    const [header, row] = actionsCsv(model).split('\r\n');
    expect(header).toBe('area_kind,area_number,area,reference,action,owner,lead_organisation,start_date,due_date,completed_date,progress_percent,status,missed_milestones,why,status_as_at');
    expect(row).toBe('Priority action,1,Children and families at the centre,PA1.1,Set up the board,Director,Testshire Council,2026-01-01,2026-06-30,,90,Overdue,"Draft, agreed",The due date passed 146 days ago and it is not finished.,2026-11-23');
  });

  it("list every measure's figures with where it stands", () => {
    const lines = measuresCsv(model).trim().split('\r\n');
    expect(lines[0]).toBe('area_kind,area_number,area,measure,kind,date,period,value,unit,responses,interval_low,interval_high,note,position,direction');
    expect(lines).toHaveLength(1 + 5);
    expect(lines[1]).toBe('Priority action,1,Children and families at the centre,Average wait,baseline,2025-09-30,,96,weeks,,,,,Improving,lower-is-better');
  });
});
