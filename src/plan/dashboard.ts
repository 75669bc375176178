// The /plan/ dashboard: each area's action counts, slipped milestones and headline measures, by kind of area.
import type { ActionView, AreaView, MeasureView, PlanModel } from './plan-model.ts';

export interface SlippedMilestone {
  actionReference: string;
  actionTitle: string;
  title: string;
  dueDate: string;
}

export interface DashboardArea {
  view: AreaView;
  slipped: SlippedMilestone[];
  headlineMeasures: MeasureView[];
}

export interface Dashboard {
  priorityActions: DashboardArea[];
  recommendations: DashboardArea[];
  totals: PlanModel['rollUp'];
  slippedTotal: number;
  measuresByPosition: Record<MeasureView['position']['position'], number>;
  lastUpdated?: string;
}

export function slippedMilestones(actions: readonly ActionView[]): SlippedMilestone[] {
  return actions
    .flatMap((a) =>
      a.status.missedMilestones.map((m) => ({ actionReference: a.reference, actionTitle: a.title, title: m.title, dueDate: m.dueDate })),
    )
    .sort((x, y) => (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : 0));
}

function dashboardArea(view: AreaView): DashboardArea {
  return {
    view,
    slipped: slippedMilestones(view.actions),
    headlineMeasures: view.measures,
  };
}

export function planDashboard(model: PlanModel): Dashboard {
  const areas = model.areas.map(dashboardArea);
  const measuresByPosition = { met: 0, improving: 0, 'not-improving': 0, worsening: 0, 'no-data': 0 };
  for (const a of model.areas) for (const m of a.measures) measuresByPosition[m.position.position]++;
  return {
    priorityActions: areas.filter((a) => a.view.area.kind === 'priority-action'),
    recommendations: areas.filter((a) => a.view.area.kind === 'recommendation'),
    totals: model.rollUp,
    slippedTotal: areas.reduce((n, a) => n + a.slipped.length, 0),
    measuresByPosition,
    lastUpdated: model.lastUpdated,
  };
}
