// The quarterly board pack: each area as it stood at the quarter's end (or today), what slipped, and what was new.
import type { EntryRecord, PlanContent } from '../queries/plan.ts';
import { buildPlanModel, type AreaView, type CoProductionRecord, type PlanModel, type PlanModelOptions } from './plan-model.ts';
import { parseQuarter, quarterOf, quartersBetween, type Quarter } from './quarter.ts';
import { milestoneState } from './status.ts';

export interface SlippageItem {
  kind: 'overdue-action' | 'missed-milestone' | 'milestone-done-late';
  actionReference: string;
  actionTitle: string;
  /** The milestone's title, for milestones. */
  milestone?: string;
  dueDate: string;
  completedDate?: string;
}

export interface LogItem {
  actionReference: string;
  actionTitle: string;
  date: string;
  text: string;
  impact?: string;
}

export interface BoardPackArea {
  view: AreaView;
  slippage: SlippageItem[];
  /** Entries in the action-and-impact log dated in the quarter. */
  log: LogItem[];
  newEntries: EntryRecord[];
  coProduction: CoProductionRecord[];
}

export interface BoardPack {
  quarter: Quarter;
  /** The day statuses are worked out for: the quarter's last day, or today for the quarter under way. */
  asAt: string;
  current: boolean;
  /** Quarters a pack can be made for, newest first. */
  available: Quarter[];
  model: PlanModel;
  areas: BoardPackArea[];
}

const within = (date: string | undefined, q: Quarter, asAt: string): date is string => date !== undefined && date >= q.start && date <= asAt;

function slippage(view: AreaView, q: Quarter, asAt: string): SlippageItem[] {
  const items: SlippageItem[] = [];
  for (const a of view.actions) {
    const base = { actionReference: a.reference, actionTitle: a.title };
    if (a.status.status === 'overdue') items.push({ ...base, kind: 'overdue-action', dueDate: a.dueDate! });
    for (const m of a.milestones) {
      const state = milestoneState(m, asAt);
      if (state === 'missed') items.push({ ...base, kind: 'missed-milestone', milestone: m.title, dueDate: m.dueDate });
      // Finished late during the quarter: it slipped, and the board should see that it has now been done.
      if (state === 'done-late' && within(m.completedDate, q, asAt)) {
        items.push({ ...base, kind: 'milestone-done-late', milestone: m.title, dueDate: m.dueDate, completedDate: m.completedDate });
      }
    }
  }
  return items.sort((x, y) => (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : 0));
}

/** The earliest date a pack can cover: the plan's approval, else its first action's start. */
function firstDate(content: PlanContent, today: string): string {
  const starts = content.actions.map((a) => a.startDate).filter((d): d is string => d !== undefined);
  return content.plan?.approvedDate ?? (starts.length ? starts.reduce((a, b) => (a < b ? a : b)) : today);
}

export type BoardPackRequest = { ok: true; quarter: Quarter } | { ok: false; message: string; available: Quarter[] };

/** `?quarter=2026-q3`, or the quarter under way when absent. */
export function boardPackQuarter(content: PlanContent, today: string, requested: string | null): BoardPackRequest {
  const available = quartersBetween(firstDate(content, today), today);
  if (requested === null || requested === '') return { ok: true, quarter: quarterOf(today) };
  const q = parseQuarter(requested);
  if (!q) return { ok: false, message: 'Enter the quarter as a year and quarter number, like 2026-q3', available };
  if (!available.some((a) => a.slug === q.slug)) {
    const oldest = available.at(-1)!;
    return { ok: false, message: `There is no board pack for ${q.label}: choose a quarter from ${oldest.label} to ${available[0]!.label}`, available };
  }
  return { ok: true, quarter: q };
}

export function boardPack(content: PlanContent, q: Quarter, today: string, options: Pick<PlanModelOptions, 'surveySeries'> = {}): BoardPack {
  const current = today <= q.end;
  const asAt = current ? today : q.end;
  const model = buildPlanModel(content, asAt, { ...options, ...(current ? {} : { pointsUpTo: q.end }) });
  return {
    quarter: q,
    asAt,
    current,
    available: quartersBetween(firstDate(content, today), today),
    model,
    areas: model.areas.map((view) => ({
      view,
      slippage: slippage(view, q, asAt),
      log: view.actions
        .flatMap((a) => a.updates.filter((u) => within(u.date, q, asAt)).map((u) => ({ actionReference: a.reference, actionTitle: a.title, date: u.date, text: u.text, ...(u.impact ? { impact: u.impact } : {}) })))
        .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
      newEntries: view.entries.filter((e) => within(e.publishedAt, q, asAt)),
      coProduction: view.coProduction.filter((c) => within(c.date, q, asAt)),
    })),
  };
}
