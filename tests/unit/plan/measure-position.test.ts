import { describe, expect, it } from 'vitest';
import { measurePosition } from '../../../src/plan/measure-position.ts';
import type { MeasurePoint, MeasureSeries } from '../../../src/plan/measure-series.ts';

function aSeries(values: (number | undefined)[], overrides: Partial<MeasureSeries> = {}): MeasureSeries {
  const dates = ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30'];
  return {
    measureId: 'impactMeasure-x',
    unit: 'percent',
    direction: 'higher-is-better',
    baseline: { value: 40, date: '2023-12-31' },
    target: { value: 60, date: '2026-12-31' },
    source: 'data',
    points: values.map((value, i): MeasurePoint => ({ date: dates[i]!, label: dates[i]!, ...(value === undefined ? { suppressed: true } : { value }) })),
    ...overrides,
  };
}

describe('a measure against its baseline and target', () => {
  it('has no data before any figure is reported', () => {
    expect(measurePosition(aSeries([]))).toEqual({ position: 'no-data' });
  });

  it('has no data when every figure is suppressed (fewer than 10 responses)', () => {
    expect(measurePosition(aSeries([undefined, undefined])).position).toBe('no-data');
  });

  it('has met its target when the latest figure reaches it exactly', () => {
    expect(measurePosition(aSeries([50, 60]))).toMatchObject({ position: 'met', progress: 100 });
  });

  it('has met its target when a lower-is-better figure falls to it or below', () => {
    const waits = { direction: 'lower-is-better' as const, unit: 'weeks' as const, baseline: { value: 96, date: '2023-12-31' }, target: { value: 40, date: '2026-12-31' } };
    expect(measurePosition(aSeries([60, 39], waits))).toMatchObject({ position: 'met', trend: 'down', trendIsBetter: true });
  });

  it('is improving when better than the baseline and the recent trend goes the better way', () => {
    expect(measurePosition(aSeries([42, 44, 47, 50]))).toMatchObject({ position: 'improving', progress: 50, trend: 'up', trendIsBetter: true });
  });

  it('is improving from a single figure above the baseline (the trend runs from the baseline)', () => {
    const p = measurePosition(aSeries([45]));
    expect(p).toMatchObject({ position: 'improving', trend: 'up' });
    expect(p.trendLine).toEqual({ from: { date: '2023-12-31', value: 40 }, to: { date: '2024-03-31', value: 45 } });
  });

  it('is not improving when level, even above the baseline', () => {
    expect(measurePosition(aSeries([50, 50, 50, 50]))).toMatchObject({ position: 'not-improving', trend: 'level' });
    expect(measurePosition(aSeries([50, 50, 50, 50])).trendIsBetter).toBeUndefined();
  });

  it('is not improving when slipping back but still no worse than the baseline', () => {
    expect(measurePosition(aSeries([55, 52, 49, 46]))).toMatchObject({ position: 'not-improving', trend: 'down', trendIsBetter: false });
  });

  it('is not improving exactly at the baseline', () => {
    expect(measurePosition(aSeries([40])).position).toBe('not-improving');
  });

  it('is worsening when worse than the baseline, whichever way it has turned lately', () => {
    expect(measurePosition(aSeries([38, 36, 35, 37]))).toMatchObject({ position: 'worsening' });
    expect(measurePosition(aSeries([38, 36, 35, 37])).progress).toBeLessThan(0);
  });

  it('is worsening for a lower-is-better measure that has gone up', () => {
    const waits = { direction: 'lower-is-better' as const, baseline: { value: 64, date: '2023-12-31' }, target: { value: 40, date: '2026-12-31' } };
    expect(measurePosition(aSeries([66, 70, 73], waits))).toMatchObject({ position: 'worsening', trend: 'up', trendIsBetter: false });
  });

  it('ignores suppressed figures: the latest shown figure decides', () => {
    const p = measurePosition(aSeries([45, 52, undefined]));
    expect(p.latest?.value).toBe(52);
    expect(p.position).toBe('improving');
  });

  it('reads the trend from the latest four figures only', () => {
    // A big early rise then four level figures: level, not improving.
    expect(measurePosition(aSeries([58, 50, 50, 50, 50])).trend).toBe('level');
  });

  it('orders figures by date whatever order they arrive in', () => {
    const s = aSeries([44, 48]);
    s.points.reverse();
    expect(measurePosition(s).latest?.value).toBe(48);
  });
});
