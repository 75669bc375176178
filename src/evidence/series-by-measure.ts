// Every survey-based measure's series, from the store's running totals where it keeps them (the embedded store), or
// else from published quarters and count() queries (Sanity): never by reading every response.
import type { MeasureSeries } from '../plan/measure-series.ts';
import type { ContentStore } from '../store/port.ts';
import type { GroupBy, MeasureFigures } from './aggregate.ts';
import type { MeasureForTally } from './tally.ts';
import { countedFigures } from './counted-figures.ts';
import { seriesFromFigures, type MeasureForSeries } from './series.ts';

export interface RunningTotals {
  measureFigures(measureId: string, groupBy: GroupBy): MeasureFigures;
}

export const keepsRunningTotals = (store: ContentStore): store is ContentStore & RunningTotals =>
  typeof (store as Partial<RunningTotals>).measureFigures === 'function';

/** `now` says which quarters have ended (the embedded store has its own clock). */
export async function surveySeriesByMeasure(store: ContentStore, measures: readonly MeasureForSeries[], now: Date): Promise<Map<string, MeasureSeries>> {
  if (keepsRunningTotals(store)) return new Map(measures.map((m) => [m._id, seriesFromFigures(m, store.measureFigures(m._id, 'none'))]));
  const figures = await countedFigures(store, measures.map(forTally), now);
  return new Map(measures.map((m) => [m._id, seriesFromFigures(m, figures.get(m._id) ?? { periods: [] })]));
}

/** A measure's links as the counts read them (a survey reference or the id a query projected). */
function forTally(m: MeasureForSeries): MeasureForTally {
  return { _id: m._id, surveyQuestions: m.surveyQuestions.map((l) => ({ survey: { _ref: typeof l.survey === 'string' ? l.survey : l.survey._ref }, questionKey: l.questionKey })) };
}
