// The sample improvement plan: nine areas from the inspection, and actions that show every status on 23 November 2026.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/model/index.ts';
import { ofType, sample, TODAY } from './load-sample.ts';

/**
 * The status rules the sample was written for (the plan code decides the real ones): complete when finished,
 * not started before the start date, overdue after the due date, at risk with a missed milestone or progress
 * far behind the time used, otherwise on track.
 */
function statusOn(a: Action, today: string): string {
  if (a.completedDate) return a.dueDate && a.completedDate > a.dueDate ? 'complete (late)' : 'complete (on time)';
  if (a.startDate && a.startDate > today) return 'not started';
  if (a.dueDate && a.dueDate < today) return 'overdue';
  if (a.milestones.some((m) => !m.completedDate && m.dueDate < today)) return 'at risk';
  const elapsed = (Date.parse(today) - Date.parse(a.startDate!)) / (Date.parse(a.dueDate!) - Date.parse(a.startDate!));
  if ((a.progress ?? 0) < elapsed * 100 - 25) return 'at risk';
  return 'on track';
}

describe('the sample improvement plan', () => {
  const actions = () => ofType(sample().content, 'action');

  it('has the five areas for priority action and four recommendations, with responsible bodies and outcomes', () => {
    const areas = ofType(sample().content, 'priorityArea');
    const numbers = (kind: string) => areas.filter((a) => a.kind === kind).map((a) => a.number).sort();
    expect(numbers('priority-action')).toEqual([1, 2, 3, 4, 5]);
    expect(numbers('recommendation')).toEqual([1, 2, 3, 4]);
    for (const a of areas) {
      expect(a.responsibleBodies.length).toBeGreaterThan(0);
      expect(a.finding).toMatch(/Westmoor|Leaders/);
      expect(a.outcome.length).toBeGreaterThan(40);
    }
    const [plan] = ofType(sample().content, 'plan');
    expect(plan).toMatchObject({ reportPublished: '2023-08-22' });
    expect(plan!.inspectionDate.startsWith('2023-06')).toBe(true);
  });

  it('gives every area actions, each with an owner, a lead organisation and a reference like "PA2.3"', () => {
    const areas = ofType(sample().content, 'priorityArea');
    expect(actions().length).toBeGreaterThanOrEqual(25);
    for (const area of areas) expect(actions().some((a) => a.area._ref === area._id), area._id).toBe(true);
    for (const a of actions()) {
      expect(a.reference).toMatch(/^(PA[1-5]|R[1-4])\.\d+$/);
      expect(a.owner).not.toBe('');
      expect(a.leadOrganisation).not.toBe('');
    }
  });

  it('shows every status on 23 November 2026: not started, on track, at risk, overdue, and complete on time and late', () => {
    const statuses = new Map<string, string[]>();
    for (const a of actions()) statuses.set(statusOn(a, TODAY), [...(statuses.get(statusOn(a, TODAY)) ?? []), a.reference]);
    expect([...statuses.keys()].sort()).toEqual(['at risk', 'complete (late)', 'complete (on time)', 'not started', 'on track', 'overdue']);
    for (const refs of statuses.values()) expect(refs.length).toBeGreaterThanOrEqual(2);
  });

  it('has at-risk actions of both kinds: a missed milestone, and progress far behind the time used', () => {
    const open = actions().filter((a) => !a.completedDate && a.startDate! <= TODAY && a.dueDate! >= TODAY);
    expect(open.some((a) => a.milestones.some((m) => !m.completedDate && m.dueDate < TODAY))).toBe(true);
    expect(
      open.some((a) => {
        const elapsed = (Date.parse(TODAY) - Date.parse(a.startDate!)) / (Date.parse(a.dueDate!) - Date.parse(a.startDate!));
        return a.milestones.every((m) => m.completedDate || m.dueDate >= TODAY) && (a.progress ?? 0) < elapsed * 100 - 40;
      }),
    ).toBe(true);
  });

  it('records nothing in the future: log entries, completions and co-production are dated on or before today', () => {
    for (const a of actions()) {
      const dates = [a.completedDate, ...a.milestones.map((m) => m.completedDate), ...a.updates.map((u) => u.date), ...a.coProduction.map((c) => c.date)];
      for (const d of dates) if (d) expect(d <= TODAY, `${a.reference} ${d}`).toBe(true);
      expect(a.startDate! >= '2023-06-30' && a.dueDate! <= '2027-12-31').toBe(true);
    }
  });

  it('keeps an action and impact log and evidence that families took part', () => {
    const started = actions().filter((a) => a.startDate! <= TODAY);
    expect(started.every((a) => a.updates.length > 0)).toBe(true);
    expect(actions().filter((a) => a.updates.some((u) => u.impact)).length).toBeGreaterThanOrEqual(10);
    const involvement = new Set(actions().flatMap((a) => a.coProduction.map((c) => c.involvement)));
    expect(involvement).toEqual(new Set(['co-produced', 'reviewed', 'consulted']));
  });

  it('has impact measures in every unit and both directions, with figures, and at least three from the surveys', () => {
    const measures = ofType(sample().content, 'impactMeasure');
    expect(measures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(measures.map((m) => m.unit))).toEqual(new Set(['percent', 'number', 'days', 'weeks']));
    expect(new Set(measures.map((m) => m.direction))).toEqual(new Set(['higher-is-better', 'lower-is-better']));
    for (const m of measures.filter((m) => m.source === 'data')) {
      expect(m.dataPoints.length, m._id).toBeGreaterThanOrEqual(2);
      expect(m.dataPoints.every((p) => p.date > m.baseline.date && p.date <= TODAY), m._id).toBe(true);
    }
    const fromSurveys = measures.filter((m) => m.source === 'survey');
    expect(fromSurveys.length).toBeGreaterThanOrEqual(3);
    const surveys = new Map(ofType(sample().content, 'survey').map((s) => [s._id, s]));
    for (const m of fromSurveys) {
      for (const link of m.surveyQuestions) {
        const question = surveys.get(link.survey._ref)?.questions.find((q) => q.key === link.questionKey);
        expect(question?.type, `${m._id} → ${link.questionKey}`).toMatch(/scale/);
        expect(question?.positiveValues.length).toBeGreaterThan(0);
        expect(surveys.get(link.survey._ref)!.measures.some((r) => r._ref === m._id)).toBe(true);
      }
    }
  });

  it('links actions to measures in their own area', () => {
    const measures = new Map(ofType(sample().content, 'impactMeasure').map((m) => [m._id, m]));
    const linked = actions().flatMap((a) => a.measures.map((r) => [a, measures.get(r._ref)!] as const));
    expect(linked.length).toBeGreaterThanOrEqual(actions().length);
    expect(linked.filter(([a, m]) => a.area._ref === m.area._ref).length / linked.length).toBeGreaterThan(0.8);
  });

  it('publishes You said, we did linked to themes, actions, areas and age phases, with approved quotes', () => {
    const { content } = sample();
    const entries = ofType(content, 'youSaidWeDid');
    expect(entries.length).toBeGreaterThanOrEqual(6);
    expect(entries.every((e) => e.themes.length > 0 && e.areas.length > 0 && e.agePhases.length > 0)).toBe(true);
    expect(entries.filter((e) => e.actions.length > 0).length).toBeGreaterThanOrEqual(5);
    const quotes = entries.flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const q of quotes) expect(q.attribution).toMatch(/^An? (parent|young person)/);
    expect(entries.every((e) => e.publishedAt <= TODAY)).toBe(true);
    const themes = ofType(content, 'feedbackTheme');
    expect(themes.length).toBeGreaterThanOrEqual(6);
    expect(new Set(themes.map((t) => t.localOfferTopic).filter(Boolean))).toEqual(
      new Set(['content-and-gaps', 'accessibility-of-information', 'how-it-was-developed']),
    );
  });
});

