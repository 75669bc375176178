// Words and GOV.UK tag colours for statuses and measure positions, and figures written with their unit.
import type { MeasurePositionKind } from './measure-position.ts';
import type { MeasureSeries } from './measure-series.ts';
import type { ActionStatus, MilestoneState } from './status.ts';

export interface TagStyle {
  text: string;
  /** A govuk-tag modifier: colour only ever repeats what the text says. */
  modifier: 'grey' | 'teal' | 'yellow' | 'red' | 'green' | 'blue' | 'orange';
}

export const ACTION_STATUS_TAGS: Record<ActionStatus, TagStyle> = {
  'not-started': { text: 'Not started', modifier: 'grey' },
  'on-track': { text: 'On track', modifier: 'teal' },
  'at-risk': { text: 'At risk', modifier: 'yellow' },
  overdue: { text: 'Overdue', modifier: 'red' },
  complete: { text: 'Complete', modifier: 'green' },
};

/** A finished action says whether it finished late, in words. */
export function actionTag(status: ActionStatus, late = false): TagStyle {
  return status === 'complete' && late ? { text: 'Complete (late)', modifier: 'green' } : ACTION_STATUS_TAGS[status];
}

export const MILESTONE_TAGS: Record<MilestoneState, TagStyle> = {
  done: { text: 'Done', modifier: 'green' },
  'done-late': { text: 'Done late', modifier: 'orange' },
  missed: { text: 'Missed', modifier: 'red' },
  due: { text: 'Not due yet', modifier: 'grey' },
};

export const MEASURE_POSITION_TAGS: Record<MeasurePositionKind, TagStyle> = {
  met: { text: 'Target met', modifier: 'green' },
  improving: { text: 'Improving', modifier: 'teal' },
  'not-improving': { text: 'Not improving', modifier: 'yellow' },
  worsening: { text: 'Worse than baseline', modifier: 'red' },
  'no-data': { text: 'No data yet', modifier: 'grey' },
};

export const DIRECTION_WORDS: Record<MeasureSeries['direction'], string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
};

export const AREA_KIND_WORDS = { 'priority-action': 'Priority action', recommendation: 'Recommendation' } as const;

/** "Co-produced with the parent carer forum", "Reviewed by …", "Consulted …". */
export const INVOLVEMENT_PHRASES = { 'co-produced': 'Co-produced with', reviewed: 'Reviewed by', consulted: 'Consulted' } as const;

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "52.1%", "2,540", "58 weeks", "1 day". */
export function formatValue(unit: MeasureSeries['unit'], value: number): string {
  const n = numberFormat.format(value);
  switch (unit) {
    case 'percent':
      return `${n}%`;
    case 'days':
      return `${n} ${value === 1 ? 'day' : 'days'}`;
    case 'weeks':
      return `${n} ${value === 1 ? 'week' : 'weeks'}`;
    default:
      return n;
  }
}

/** The unit as a table column heading. */
export const UNIT_HEADINGS: Record<MeasureSeries['unit'], string> = {
  percent: 'Per cent',
  number: 'Number',
  days: 'Days',
  weeks: 'Weeks',
};
