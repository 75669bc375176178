// A survey-based measure's chart and table series: the overall figure each quarter, suppressed points without a value.
import type { MeasureSeries } from '../plan/measure-series.ts';
import { aggregateMeasure, type MeasureFigures, type MeasureLinks, type ResponseForEvidence, type SurveyForEvidence } from './aggregate.ts';

export const FEWER_THAN_THRESHOLD = 'Fewer than 10 responses';
export const NO_RESPONSES = 'No responses';

/** What the series needs of a measure besides its links: id, unit, direction, baseline and target. */
export interface MeasureForSeries extends MeasureLinks {
  _id: string;
  unit: MeasureSeries['unit'];
  direction: MeasureSeries['direction'];
  baseline: { value: number; date: string };
  target: { value: number; date: string };
}

/**
 * One point per quarter. A suppressed point carries no value, no n and no interval, only a note, so nothing
 * downstream can print a figure for fewer than 10 people.
 */
export function surveyMeasureSeries(
  measure: MeasureForSeries,
  surveys: readonly SurveyForEvidence[],
  responses: readonly ResponseForEvidence[],
): MeasureSeries {
  return seriesFromFigures(measure, aggregateMeasure(measure, surveys, responses, { groupBy: 'none' }));
}

/** The series from a measure's ungrouped figures, however they were counted (every response, or running totals). */
export function seriesFromFigures(measure: Omit<MeasureForSeries, 'surveyQuestions'>, { periods }: MeasureFigures): MeasureSeries {
  return {
    measureId: measure._id,
    unit: measure.unit,
    direction: measure.direction,
    baseline: measure.baseline,
    target: measure.target,
    source: 'survey',
    points: periods.map((period) => {
      const all = period.groups[0];
      const base = { date: period.end, label: period.label };
      if (!all || all.suppressed) return { ...base, suppressed: true, note: all && all.n > 0 ? FEWER_THAN_THRESHOLD : NO_RESPONSES };
      return { ...base, value: all.percent!, n: all.n, low: all.low!, high: all.high!, suppressed: false };
    }),
  };
}
