// Every survey-based measure's series, from the store's running totals where it keeps them (the embedded store), or
// else by counting every response (Sanity, until it keeps tally documents).
import type { MeasureSeries } from '../plan/measure-series.ts';
import type { ContentStore } from '../store/port.ts';
import type { GroupBy, MeasureFigures } from './aggregate.ts';
import { loadSurveyEvidence } from './load.ts';
import { seriesFromFigures, surveyMeasureSeries, type MeasureForSeries } from './series.ts';

export interface RunningTotals {
  measureFigures(measureId: string, groupBy: GroupBy): MeasureFigures;
}

export const keepsRunningTotals = (store: ContentStore): store is ContentStore & RunningTotals =>
  typeof (store as Partial<RunningTotals>).measureFigures === 'function';

export async function surveySeriesByMeasure(store: ContentStore, measures: readonly MeasureForSeries[]): Promise<Map<string, MeasureSeries>> {
  if (keepsRunningTotals(store)) return new Map(measures.map((m) => [m._id, seriesFromFigures(m, store.measureFigures(m._id, 'none'))]));
  const evidence = await loadSurveyEvidence(store);
  return new Map(measures.map((m) => [m._id, surveyMeasureSeries(m, evidence.surveys, evidence.responses)]));
}
