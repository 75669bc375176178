// The whole plan as the pages show it: every status, position and link worked out once from content and "today".
import type { ActionRecord, AreaRecord, EntryRecord, MeasureRecord, PlanContent, ThemeRecord } from '../queries/plan.ts';
import type { CoProductionEntry, Milestone } from '../model/index.ts';
import { dataMeasureSeries } from './data-series.ts';
import { measurePosition, type MeasurePosition } from './measure-position.ts';
import type { MeasureSeries } from './measure-series.ts';
import { measureSummary } from './measure-summary.ts';
import { rollUp, type AreaRollUp } from './roll-up.ts';
import { actionStatus, milestoneState, type ActionStatusResult, type MilestoneState } from './status.ts';

export interface ActionView extends ActionRecord {
  areaSlug: string;
  status: ActionStatusResult;
  milestones: (Milestone & { state: MilestoneState })[];
}

export interface MeasureView extends MeasureRecord {
  areaSlug: string;
  series: MeasureSeries;
  position: MeasurePosition;
  /** The chart's text alternative. */
  summary: string;
}

export interface CoProductionRecord extends CoProductionEntry {
  actionReference: string;
  actionTitle: string;
}

export interface AreaView {
  area: AreaRecord;
  actions: ActionView[];
  measures: MeasureView[];
  rollUp: AreaRollUp;
  themes: ThemeRecord[];
  /** "You said, we did" entries linked to the area itself or to one of its actions, newest first. */
  entries: EntryRecord[];
  /** Who co-produced, reviewed or was consulted on the area's actions, newest first. */
  coProduction: CoProductionRecord[];
}

export interface PlanModel {
  today: string;
  plan?: PlanContent['plan'];
  areas: AreaView[];
  actionsById: Map<string, ActionView>;
  areasById: Map<string, AreaRecord>;
  themesById: Map<string, ThemeRecord>;
  phases: PlanContent['phases'];
  /** Every published entry (dated on or before today), newest first. */
  entries: EntryRecord[];
  /** The date of the latest progress report, completion, figure or published entry. */
  lastUpdated?: string;
  /** Totals across every area. */
  rollUp: AreaRollUp;
}

/** A survey measure's figures from the evidence code; undefined falls back to the measure's own data points. */
export type SurveySeries = (measure: MeasureRecord) => MeasureSeries | undefined;

/** The id of an action's section on its area page: "PA2.3" → "pa2-3". */
export const actionAnchor = (reference: string) => reference.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export const byReference = (a: { reference: string }, b: { reference: string }) =>
  a.reference.localeCompare(b.reference, 'en', { numeric: true });

const newestFirst = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);

export interface PlanModelOptions {
  surveySeries?: SurveySeries;
  /** Leave out figures for periods ending after this date (a board pack for a past quarter). */
  pointsUpTo?: string;
}

export function measureView(m: MeasureRecord, areaSlug: string, options: PlanModelOptions = {}): MeasureView {
  const full = (m.source === 'survey' ? options.surveySeries?.(m) : undefined) ?? dataMeasureSeries(m);
  const upTo = options.pointsUpTo;
  const series = upTo ? { ...full, points: full.points.filter((p) => p.date <= upTo) } : full;
  const position = measurePosition(series);
  return { ...m, areaSlug, series, position, summary: measureSummary(series, position) };
}

export function actionView(a: ActionRecord, areaSlug: string, today: string): ActionView {
  return {
    ...a,
    areaSlug,
    status: actionStatus(a, today),
    milestones: [...a.milestones].sort((x, y) => (x.dueDate < y.dueDate ? -1 : 1)).map((m) => ({ ...m, state: milestoneState(m, today) })),
    updates: a.updates.filter((u) => u.date <= today).sort(newestFirst),
  };
}

function latestDate(content: PlanContent, today: string): string | undefined {
  const dates = [
    ...content.actions.flatMap((a) => [a.completedDate, ...a.updates.map((u) => u.date), ...a.milestones.map((m) => m.completedDate)]),
    ...content.measures.flatMap((m) => m.dataPoints.map((p) => p.date)),
    ...content.entries.map((e) => e.publishedAt),
  ].filter((d): d is string => d !== undefined && d <= today);
  return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : undefined;
}

export function buildPlanModel(content: PlanContent, today: string, options: PlanModelOptions = {}): PlanModel {
  const areasById = new Map(content.areas.map((a) => [a._id, a]));
  const entries = content.entries.filter((e) => e.publishedAt <= today).sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0));
  const actionsById = new Map<string, ActionView>();
  for (const a of content.actions) {
    const area = areasById.get(a.area);
    if (area) actionsById.set(a._id, actionView(a, area.slug, today));
  }
  const areas = content.areas.map((area): AreaView => {
    const actions = [...actionsById.values()].filter((a) => a.area === area._id).sort(byReference);
    const actionIds = new Set(actions.map((a) => a._id));
    return {
      area,
      actions,
      measures: content.measures.filter((m) => m.area === area._id).map((m) => measureView(m, area.slug, options)),
      rollUp: rollUp(actions.map((a) => a.status)),
      themes: content.themes.filter((t) => t.areas.includes(area._id)),
      entries: entries.filter((e) => e.areas.includes(area._id) || e.actions.some((id) => actionIds.has(id))),
      coProduction: actions
        .flatMap((a) => a.coProduction.filter((c) => c.date <= today).map((c) => ({ ...c, actionReference: a.reference, actionTitle: a.title })))
        .sort(newestFirst),
    };
  });
  return {
    today,
    plan: content.plan,
    areas,
    actionsById,
    areasById,
    themesById: new Map(content.themes.map((t) => [t._id, t])),
    phases: content.phases,
    entries,
    lastUpdated: latestDate(content, today),
    rollUp: rollUp([...actionsById.values()].map((a) => a.status)),
  };
}
