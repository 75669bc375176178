// Evidence of impact: survey answers turned into published figures, with small groups suppressed.
export { wilsonInterval, Z_95 } from './wilson.ts';
export { quarterOf, quarterIndex, quarterFromIndex, type Quarter } from './quarter.ts';
export {
  aggregateMeasure,
  groupFigures,
  SUPPRESSION_THRESHOLD,
  ALL_GROUP,
  UNKNOWN_PHASE_GROUP,
  type GroupBy,
  type GroupFigures,
  type PeriodFigures,
  type MeasureFigures,
  type MeasureLinks,
  type SurveyForEvidence,
  type ResponseForEvidence,
} from './aggregate.ts';
export { surveyMeasureSeries, seriesFromFigures, FEWER_THAN_THRESHOLD, NO_RESPONSES, type MeasureForSeries } from './series.ts';
export { surveySeriesByMeasure, keepsRunningTotals, type RunningTotals } from './series-by-measure.ts';
export { loadSurveyEvidence, evidenceSurveysQuery, evidenceResponsesQuery, type SurveyEvidence } from './load.ts';
