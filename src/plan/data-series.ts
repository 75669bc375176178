// The series for a measure whose figures are reported from a named data source: its data points as they stand.
import type { ImpactMeasure } from '../model/index.ts';
import { formatMonth } from '../text/dates.ts';
import type { MeasureSeries } from './measure-series.ts';

export type DataMeasure = Pick<ImpactMeasure, '_id' | 'unit' | 'direction' | 'baseline' | 'target' | 'source' | 'dataPoints'>;

export function dataMeasureSeries(measure: DataMeasure): MeasureSeries {
  return {
    measureId: measure._id,
    unit: measure.unit,
    direction: measure.direction,
    baseline: measure.baseline,
    target: measure.target,
    source: measure.source,
    points: [...measure.dataPoints]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((p) => ({ date: p.date, label: formatMonth(p.date), value: p.value, ...(p.note ? { note: p.note } : {}) })),
  };
}
