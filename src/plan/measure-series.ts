// The figures behind an impact measure's chart and table, whatever their source (reported data or survey answers).
export interface MeasurePoint {
  /** The period's end date (YYYY-MM-DD): a reported data point's date, or a survey quarter's last day. */
  date: string;
  /** A label for tables and charts, e.g. "March 2025" or "Jan to Mar 2025". */
  label: string;
  /** Undefined when suppressed: a group under 10 responses is never shown as a number. */
  value?: number;
  /** Survey figures: the number of responses behind the value. */
  n?: number;
  /** Survey figures: the Wilson 95% interval, in the measure's unit. */
  low?: number;
  high?: number;
  suppressed?: boolean;
  note?: string;
}

export interface MeasureSeries {
  measureId: string;
  unit: 'percent' | 'number' | 'days' | 'weeks';
  direction: 'higher-is-better' | 'lower-is-better';
  baseline: { value: number; date: string };
  target: { value: number; date: string };
  points: MeasurePoint[];
  source: 'data' | 'survey';
}
