// The geometry of a measure's chart (baseline, target, actual figures, intervals and trend), for an SVG to draw.
import { UNIT_HEADINGS, formatValue } from './labels.ts';
import type { MeasurePosition } from './measure-position.ts';
import type { MeasureSeries } from './measure-series.ts';

export interface ChartPoint {
  x: number;
  y: number;
  date: string;
}

export interface MeasureChartModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  /** Words for the y axis when its tick labels do not carry the unit ("Weeks"), placed above it. */
  yUnit?: string;
  baseline: ChartPoint & { label: string };
  target: ChartPoint & { label: string };
  /** The target's value across the whole plot, so every figure can be read against it. */
  targetLineY: number;
  /** One path per unbroken run of figures (a suppressed figure breaks the line), starting from the baseline. */
  actualPaths: string[];
  points: (ChartPoint & { label: string })[];
  /** Survey figures' 95% intervals, as vertical bars. */
  intervals: { x: number; y1: number; y2: number }[];
  trend?: { x1: number; y1: number; x2: number; y2: number };
}

export const CHART_SIZE = { width: 480, height: 270 } as const;
const MARGIN = { left: 64, right: 20, top: 30, bottom: 34 } as const;

const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** A step of 1, 2, 2.5 or 5 times a power of ten, giving about `count` intervals over the range. */
export function niceStep(range: number, count = 4): number {
  if (!(range > 0)) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
  return step;
}

/** The y range: every value shown, rounded out to whole steps; percentages stay within 0–100. */
export function yDomain(values: readonly number[], unit: MeasureSeries['unit']): { min: number; max: number; step: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    lo -= Math.max(1, Math.abs(lo) * 0.1);
    hi += Math.max(1, Math.abs(hi) * 0.1);
  }
  const step = niceStep(hi - lo);
  let min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  if (min === lo && min - step >= 0) min -= step;
  if (max === hi) max += step;
  if (unit === 'percent') {
    min = Math.max(0, min);
    max = Math.min(100, max);
  }
  if (unit !== 'percent' && lo >= 0) min = Math.max(0, min);
  return { min, max, step };
}

export function measureChart(series: MeasureSeries, position: Pick<MeasurePosition, 'trendLine'>): MeasureChartModel {
  const { width, height } = CHART_SIZE;
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const shown = series.points.filter((p) => p.value !== undefined && !p.suppressed);
  const values = [
    series.baseline.value,
    series.target.value,
    ...shown.map((p) => p.value!),
    ...shown.flatMap((p) => [p.low, p.high].filter((v): v is number => v !== undefined)),
  ];
  const { min, max, step } = yDomain(values, series.unit);
  const dates = [series.baseline.date, series.target.date, ...series.points.map((p) => p.date)].map(toDay);
  const d0 = Math.min(...dates);
  const d1 = Math.max(...dates, d0 + 1);
  const x = (iso: string) => round1(plot.left + ((toDay(iso) - d0) / (d1 - d0)) * (plot.right - plot.left));
  const y = (v: number) => round1(plot.bottom - ((v - min) / (max - min)) * (plot.bottom - plot.top));

  const yTicks: MeasureChartModel['yTicks'] = [];
  for (let v = min; v <= max + step / 1000; v += step) yTicks.push({ y: y(v), label: formatValue(series.unit === 'percent' ? 'percent' : 'number', round1(v)) });

  const firstYear = new Date(d0 * 86_400_000).getUTCFullYear() + 1;
  const lastYear = new Date(d1 * 86_400_000).getUTCFullYear();
  const xTicks: MeasureChartModel['xTicks'] = [];
  for (let year = firstYear; year <= lastYear; year++) xTicks.push({ x: x(`${year}-01-01`), label: String(year) });

  const actualPaths: string[] = [];
  let run = [`${x(series.baseline.date)},${y(series.baseline.value)}`];
  for (const p of series.points) {
    if (p.value === undefined || p.suppressed) {
      if (run.length > 1) actualPaths.push(`M${run.join(' L')}`);
      run = [];
      continue;
    }
    run.push(`${x(p.date)},${y(p.value)}`);
  }
  if (run.length > 1) actualPaths.push(`M${run.join(' L')}`);

  const trend = position.trendLine
    ? { x1: x(position.trendLine.from.date), y1: y(position.trendLine.from.value), x2: x(position.trendLine.to.date), y2: y(position.trendLine.to.value) }
    : undefined;

  return {
    width,
    height,
    plot,
    yTicks,
    xTicks,
    ...(series.unit === 'percent' ? {} : { yUnit: UNIT_HEADINGS[series.unit] }),
    baseline: { x: x(series.baseline.date), y: y(series.baseline.value), date: series.baseline.date, label: formatValue(series.unit, series.baseline.value) },
    target: { x: x(series.target.date), y: y(series.target.value), date: series.target.date, label: formatValue(series.unit, series.target.value) },
    targetLineY: y(series.target.value),
    actualPaths,
    points: shown.map((p) => ({ x: x(p.date), y: y(p.value!), date: p.date, label: p.label })),
    intervals: shown
      .filter((p) => p.low !== undefined && p.high !== undefined)
      .map((p) => ({ x: x(p.date), y1: y(p.low!), y2: y(p.high!) })),
    ...(trend ? { trend } : {}),
  };
}
