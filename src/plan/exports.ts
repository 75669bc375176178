// The plan as spreadsheets: every action with its worked-out status, and every measure's figures.
import { AREA_KIND_WORDS, MEASURE_POSITION_TAGS, actionTag } from './labels.ts';
import { measureCsvRows, toCsv, type Cell } from './csv.ts';
import type { PlanModel } from './plan-model.ts';

export const ACTIONS_CSV_HEADER = [
  'area_kind', 'area_number', 'area', 'reference', 'action', 'owner', 'lead_organisation', 'start_date', 'due_date',
  'completed_date', 'progress_percent', 'status', 'missed_milestones', 'why', 'status_as_at',
] as const;

export function actionsCsv(model: PlanModel): string {
  const rows: Cell[][] = model.areas.flatMap(({ area, actions }) =>
    actions.map((a) => [
      AREA_KIND_WORDS[area.kind],
      area.number,
      area.title,
      a.reference,
      a.title,
      a.owner,
      a.leadOrganisation,
      a.startDate,
      a.dueDate,
      a.completedDate && a.completedDate <= model.today ? a.completedDate : undefined,
      a.progress,
      actionTag(a.status.status, a.status.late).text,
      a.status.missedMilestones.map((m) => m.title).join('; '),
      a.status.reasons.join(' '),
      model.today,
    ]),
  );
  return toCsv(ACTIONS_CSV_HEADER, rows);
}

export const MEASURES_CSV_HEADER = [
  'area_kind', 'area_number', 'area', 'measure', 'kind', 'date', 'period', 'value', 'unit', 'responses', 'interval_low',
  'interval_high', 'note', 'position', 'direction',
] as const;

export function measuresCsv(model: PlanModel): string {
  const rows: Cell[][] = model.areas.flatMap(({ area, measures }) =>
    measures.flatMap((m) =>
      measureCsvRows(m.title, m.series).map((row) => [
        AREA_KIND_WORDS[area.kind],
        area.number,
        area.title,
        ...row,
        MEASURE_POSITION_TAGS[m.position.position].text,
        m.direction,
      ]),
    ),
  );
  return toCsv(MEASURES_CSV_HEADER, rows);
}
