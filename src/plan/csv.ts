// CSV files of the plan's figures (RFC 4180), safe to open in a spreadsheet.
import type { MeasureSeries } from './measure-series.ts';

export type Cell = string | number | boolean | undefined | null;

/**
 * One field: quoted when it holds a comma, quote or line break. Text that a spreadsheet would run as a formula
 * (starting =, +, -, @, tab or return) gets a leading apostrophe; numbers are written as numbers.
 */
export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const MEASURE_CSV_HEADER = ['measure', 'kind', 'date', 'period', 'value', 'unit', 'responses', 'interval_low', 'interval_high', 'note'] as const;

/** A measure's figures, one row each: the baseline, every period (suppressed ones say so), and the target. */
export function measureCsvRows(title: string, series: MeasureSeries): Cell[][] {
  return [
    [title, 'baseline', series.baseline.date, '', series.baseline.value, series.unit, '', '', '', ''],
    ...series.points.map((p): Cell[] => [
      title,
      'actual',
      p.date,
      p.label,
      p.suppressed ? undefined : p.value,
      series.unit,
      p.n,
      p.low,
      p.high,
      p.suppressed ? (p.note ?? 'Fewer than 10 responses') : p.note,
    ]),
    [title, 'target', series.target.date, '', series.target.value, series.unit, '', '', '', ''],
  ];
}

export function measureCsv(title: string, series: MeasureSeries): string {
  return toCsv(MEASURE_CSV_HEADER, measureCsvRows(title, series));
}
