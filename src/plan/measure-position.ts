// Where an impact measure stands against its baseline and target, and which way its recent figures are going.
import type { MeasurePoint, MeasureSeries } from './measure-series.ts';
import { daysBetween } from '../text/dates.ts';

export const MEASURE_POSITIONS = ['met', 'improving', 'not-improving', 'worsening', 'no-data'] as const;
export type MeasurePositionKind = (typeof MEASURE_POSITIONS)[number];

export type Trend = 'up' | 'down' | 'level';

/** How many of the latest figures the trend is drawn through: about a year of quarterly figures. */
export const TREND_WINDOW = 4;
/** A change smaller than this share of the baseline-to-target distance counts as no clear change. */
export const LEVEL_SHARE = 0.02;

export type ValuedPoint = MeasurePoint & { value: number };

export interface MeasurePosition {
  position: MeasurePositionKind;
  latest?: ValuedPoint;
  /** How far from baseline to target the latest figure has come: 0 at the baseline, 100 at the target. */
  progress?: number;
  trend?: Trend;
  /** True when the trend goes the measure's better way, false when the worse way; undefined when level. */
  trendIsBetter?: boolean;
  /** The trend line through the latest figures: its value at the first and last of them, for the chart. */
  trendLine?: { from: { date: string; value: number }; to: { date: string; value: number } };
}

export function valuedPoints(series: Pick<MeasureSeries, 'points'>): ValuedPoint[] {
  return series.points
    .filter((p): p is ValuedPoint => p.value !== undefined && !p.suppressed && Number.isFinite(p.value))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Better-is-positive: how much better b is than a for this measure. */
export function improvement(direction: MeasureSeries['direction'], a: number, b: number): number {
  return direction === 'higher-is-better' ? b - a : a - b;
}

/** Least-squares line through dated values: [value at the first date, value at the last]. */
function fitLine(points: readonly { date: string; value: number }[]): [number, number] {
  const first = points[0]!.date;
  const xs = points.map((p) => daysBetween(first, p.date));
  const n = points.length;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    sxx += (xs[i]! - meanX) ** 2;
    sxy += (xs[i]! - meanX) * (p.value - meanY);
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return [meanY + slope * (xs[0]! - meanX), meanY + slope * (xs[n - 1]! - meanX)];
}

/**
 * met: the latest figure has reached the target. worsening: it is worse than the baseline. improving: the trend
 * through the latest figures (up to TREND_WINDOW; from the baseline when there is only one) goes the better way.
 * not improving: anything else — no clear change, or slipping back while still no worse than the baseline.
 */
export function measurePosition(series: Pick<MeasureSeries, 'baseline' | 'target' | 'direction' | 'points'>): MeasurePosition {
  const points = valuedPoints(series);
  const latest = points.at(-1);
  if (!latest) return { position: 'no-data' };
  const { baseline, target, direction } = series;
  const distance = improvement(direction, baseline.value, target.value);
  const progress = distance === 0 ? 100 : Math.round((improvement(direction, baseline.value, latest.value) / distance) * 100);

  const window = points.length >= 2 ? points.slice(-TREND_WINDOW) : [{ date: baseline.date, value: baseline.value }, latest];
  const [start, end] = fitLine(window);
  const change = end - start;
  const level = Math.abs(change) < Math.max(Math.abs(target.value - baseline.value) * LEVEL_SHARE, 1e-9);
  const trend: Trend = level ? 'level' : change > 0 ? 'up' : 'down';
  const trendIsBetter = level ? undefined : improvement(direction, start, end) > 0;
  const trendLine = { from: { date: window[0]!.date, value: start }, to: { date: window.at(-1)!.date, value: end } };

  let position: MeasurePositionKind;
  if (improvement(direction, target.value, latest.value) >= 0) position = 'met';
  else if (improvement(direction, baseline.value, latest.value) < 0) position = 'worsening';
  else if (trendIsBetter === true) position = 'improving';
  else position = 'not-improving';
  return { position, latest, progress, trend, ...(trendIsBetter === undefined ? {} : { trendIsBetter }), trendLine };
}
