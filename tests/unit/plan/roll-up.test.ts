import { describe, expect, it } from 'vitest';
import { rollUp } from '../../../src/plan/roll-up.ts';
import type { ActionStatus } from '../../../src/plan/status.ts';

const results = (...statuses: (ActionStatus | 'complete-late')[]) =>
  statuses.map((s) => ({
    status: (s === 'complete-late' ? 'complete' : s) as ActionStatus,
    late: s === 'complete-late',
    missedMilestones: s === 'at-risk' ? [{ title: 'M', dueDate: '2026-01-01' }] : [],
  }));

describe("an area's roll-up", () => {
  it('counts actions by status, and how many finished late', () => {
    const r = rollUp(results('complete', 'complete-late', 'on-track', 'at-risk', 'not-started'));
    expect(r.counts).toEqual({ 'not-started': 1, 'on-track': 1, 'at-risk': 1, overdue: 0, complete: 2 });
    expect(r.total).toBe(5);
    expect(r.completedLate).toBe(1);
    expect(r.missedMilestones).toBe(1);
  });

  it.each([
    ['one overdue action among finished ones makes the area overdue', ['complete', 'complete', 'overdue'], 'overdue'],
    ['at risk outranks on track', ['on-track', 'at-risk', 'complete'], 'at-risk'],
    ['overdue outranks at risk', ['at-risk', 'overdue'], 'overdue'],
    ['on track when work is under way and nothing is wrong', ['on-track', 'not-started', 'complete'], 'on-track'],
    ['complete when every action is finished, late or not', ['complete', 'complete-late'], 'complete'],
    ['on track when some are finished and the rest not started yet', ['complete', 'not-started'], 'on-track'],
    ['not started when nothing has started', ['not-started', 'not-started'], 'not-started'],
    ['not started with no actions at all', [], 'not-started'],
  ] as const)('%s', (_what, statuses, expected) => {
    expect(rollUp(results(...statuses)).status).toBe(expected);
  });
});
