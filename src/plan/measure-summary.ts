// A measure's figures in one short paragraph: the text alternative of its chart and the line under each headline.
import { formatDate } from '../text/dates.ts';
import { DIRECTION_WORDS, MEASURE_POSITION_TAGS, formatValue } from './labels.ts';
import type { MeasurePosition } from './measure-position.ts';
import type { MeasureSeries } from './measure-series.ts';

const TREND_WORDS = { up: 'going up', down: 'going down', level: 'level' } as const;

export function measureSummary(series: MeasureSeries, position: MeasurePosition): string {
  const v = (n: number) => formatValue(series.unit, n);
  const parts = [
    `${DIRECTION_WORDS[series.direction]}.`,
    `Baseline ${v(series.baseline.value)} on ${formatDate(series.baseline.date)}.`,
    `Target ${v(series.target.value)} by ${formatDate(series.target.date)}.`,
  ];
  const { latest } = position;
  if (!latest) {
    const suppressed = series.points.filter((p) => p.suppressed).length;
    parts.push(suppressed > 0 ? `No figure can be shown yet: each period had fewer than 10 responses.` : 'No figures have been reported since the baseline.');
    return parts.join(' ');
  }
  parts.push(`Latest ${v(latest.value)} for ${latest.label}${latest.n !== undefined ? `, from ${latest.n.toLocaleString('en-GB')} responses` : ''}.`);
  parts.push(
    position.position === 'worsening'
      ? `${MEASURE_POSITION_TAGS.worsening.text}: ${v(latest.value)} against a baseline of ${v(series.baseline.value)}.`
      : `${MEASURE_POSITION_TAGS[position.position].text}: ${position.progress ?? 0}% of the way from the baseline to the target.`,
  );
  if (position.trend) {
    const better = position.trendIsBetter === undefined ? '' : position.trendIsBetter ? ' (better)' : ' (worse)';
    parts.push(`Recent trend: ${TREND_WORDS[position.trend]}${better}.`);
  }
  return parts.join(' ');
}
