import { describe, expect, it } from 'vitest';
import { CHART_SIZE, measureChart, niceStep, yDomain } from '../../../src/plan/chart.ts';
import { measurePosition } from '../../../src/plan/measure-position.ts';
import type { MeasureSeries } from '../../../src/plan/measure-series.ts';

const series: MeasureSeries = {
  measureId: 'impactMeasure-waits',
  unit: 'weeks',
  direction: 'lower-is-better',
  baseline: { value: 96, date: '2023-09-30' },
  target: { value: 40, date: '2026-06-30' },
  source: 'data',
  points: [
    { date: '2024-03-31', label: 'March 2024', value: 90 },
    { date: '2024-09-30', label: 'September 2024', value: 80 },
    { date: '2025-03-31', label: 'March 2025', value: 71 },
    { date: '2025-09-30', label: 'September 2025', value: 60 },
  ],
};

describe('chart scales', () => {
  it.each([
    [10, 2.5],
    [56, 20],
    [100, 25],
    [0.4, 0.1],
    [2500, 1000],
  ])('a range of %s is marked every %s', (range, step) => {
    expect(niceStep(range)).toBe(step);
  });

  it('rounds the y range out to whole steps and starts counts at zero or above', () => {
    expect(yDomain([40, 96, 60], 'weeks')).toEqual({ min: 20, max: 100, step: 20 });
    expect(yDomain([0, 2768, 2500], 'number')).toEqual({ min: 0, max: 3000, step: 1000 });
  });

  it('keeps percentages within 0 to 100', () => {
    const d = yDomain([2, 100], 'percent');
    expect(d.min).toBeGreaterThanOrEqual(0);
    expect(d.max).toBe(100);
  });

  it('gives a flat series some height', () => {
    const d = yDomain([50, 50], 'percent');
    expect(d.max).toBeGreaterThan(d.min);
  });
});

describe("a measure's chart", () => {
  const chart = measureChart(series, measurePosition(series));

  it('runs from the baseline date to the later of the target and the last figure', () => {
    expect(chart.baseline.x).toBe(chart.plot.left);
    expect(chart.target.x).toBe(chart.plot.right);
    expect(chart.width).toBe(CHART_SIZE.width);
  });

  it('draws the actual line from the baseline through every figure, with a marker on each', () => {
    expect(chart.actualPaths).toHaveLength(1);
    expect(chart.actualPaths[0]!.split('L')).toHaveLength(5);
    expect(chart.points.map((p) => p.label)).toEqual(['March 2024', 'September 2024', 'March 2025', 'September 2025']);
  });

  it('puts lower values lower and the target line at the target value', () => {
    const [first, , , last] = chart.points;
    expect(last!.y).toBeGreaterThan(first!.y);
    expect(chart.targetLineY).toBe(chart.target.y);
  });

  it('marks years along the bottom and the unit above the y axis', () => {
    expect(chart.xTicks.map((t) => t.label)).toEqual(['2024', '2025', '2026']);
    expect(chart.yUnit).toBe('Weeks');
    expect(chart.yTicks.map((t) => t.label)).toEqual(['20', '40', '60', '80', '100']);
  });

  it('draws a trend line through the latest figures', () => {
    expect(chart.trend).toBeDefined();
    expect(chart.trend!.x2).toBe(chart.points.at(-1)!.x);
  });

  it('breaks the line at a suppressed survey figure and draws intervals for the rest', () => {
    const survey: MeasureSeries = {
      ...series,
      unit: 'percent',
      direction: 'higher-is-better',
      baseline: { value: 34, date: '2024-03-31' },
      target: { value: 60, date: '2027-03-31' },
      source: 'survey',
      points: [
        { date: '2024-06-30', label: 'April to June 2024', value: 40, n: 30, low: 24, high: 58 },
        { date: '2024-09-30', label: 'July to September 2024', suppressed: true },
        { date: '2024-12-31', label: 'October to December 2024', value: 45, n: 25, low: 27, high: 64 },
        { date: '2025-03-31', label: 'January to March 2025', value: 47, n: 40, low: 32, high: 62 },
      ],
    };
    const c = measureChart(survey, measurePosition(survey));
    expect(c.actualPaths).toHaveLength(2);
    expect(c.points).toHaveLength(3);
    expect(c.intervals).toHaveLength(3);
    expect(c.yUnit).toBeUndefined();
    expect(c.yTicks[0]!.label).toMatch(/%$/);
  });

  it('draws no line when there are no figures, only the baseline and target', () => {
    const c = measureChart({ ...series, points: [] }, measurePosition({ ...series, points: [] }));
    expect(c.actualPaths).toEqual([]);
    expect(c.trend).toBeUndefined();
  });
});
