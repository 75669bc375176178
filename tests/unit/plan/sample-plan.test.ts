// The committed sample, through the real status rules: every status and position a reader can meet is in it.
import { describe, expect, it } from 'vitest';
import { buildPlanModel } from '../../../src/plan/plan-model.ts';
import { planDashboard } from '../../../src/plan/dashboard.ts';
import { ACTION_STATUSES } from '../../../src/plan/status.ts';
import { samplePlan, TODAY } from './sample-plan.ts';

describe('the sample plan on 23 November 2026', () => {
  it('has actions in every status, with at least two of each, and finished both on time and late', async () => {
    const { content, surveySeries } = await samplePlan();
    const model = buildPlanModel(content, TODAY, { surveySeries });
    const actions = [...model.actionsById.values()];
    for (const status of ACTION_STATUSES) {
      expect(actions.filter((a) => a.status.status === status).length, status).toBeGreaterThanOrEqual(2);
    }
    const complete = actions.filter((a) => a.status.status === 'complete');
    expect(complete.some((a) => a.status.late)).toBe(true);
    expect(complete.some((a) => !a.status.late)).toBe(true);
  });

  it('has at-risk actions for both reasons: a missed milestone, and progress behind the time used', async () => {
    const { content } = await samplePlan();
    const atRisk = [...buildPlanModel(content, TODAY).actionsById.values()].filter((a) => a.status.status === 'at-risk');
    expect(atRisk.some((a) => a.status.missedMilestones.length > 0)).toBe(true);
    expect(atRisk.some((a) => a.status.missedMilestones.length === 0)).toBe(true);
  });

  it('has areas whose roll-up is overdue, at risk and on track', async () => {
    const { content } = await samplePlan();
    const statuses = new Set(buildPlanModel(content, TODAY).areas.map((a) => a.rollUp.status));
    expect(statuses).toEqual(new Set(['overdue', 'at-risk', 'on-track']));
  });

  it('has measures that met their target, are improving, are not improving and are worse than baseline', async () => {
    const { content, surveySeries } = await samplePlan();
    const positions = new Set(buildPlanModel(content, TODAY, { surveySeries }).areas.flatMap((a) => a.measures.map((m) => m.position.position)));
    expect(positions).toEqual(new Set(['met', 'improving', 'not-improving', 'worsening']));
  });

  it('shows survey measures from the survey answers, with response counts and intervals', async () => {
    const { content, surveySeries } = await samplePlan();
    const survey = buildPlanModel(content, TODAY, { surveySeries }).areas.flatMap((a) => a.measures).filter((m) => m.source === 'survey');
    expect(survey.length).toBeGreaterThanOrEqual(3);
    for (const m of survey) {
      expect(m.series.source).toBe('survey');
      const shown = m.series.points.filter((p) => !p.suppressed);
      expect(shown.length, m.slug).toBeGreaterThan(0);
      expect(shown.every((p) => p.n! >= 10 && p.low! <= p.value! && p.value! <= p.high!), m.slug).toBe(true);
    }
  });

  it('gives the dashboard every area, priority actions apart from recommendations, and the date of the latest progress', async () => {
    const { content, surveySeries } = await samplePlan();
    const view = planDashboard(buildPlanModel(content, TODAY, { surveySeries }));
    expect(view.priorityActions.map((a) => a.view.area.number)).toEqual([1, 2, 3, 4, 5]);
    expect(view.recommendations.map((a) => a.view.area.number)).toEqual([1, 2, 3, 4]);
    expect(view.totals.total).toBe(content.actions.length);
    expect(view.slippedTotal).toBeGreaterThan(0);
    expect(view.lastUpdated! <= TODAY).toBe(true);
    expect(view.lastUpdated! >= '2026-10-01').toBe(true);
  });
});
