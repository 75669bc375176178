// An area's roll-up: how many of its actions are in each status, and the one status that sums the area up.
import { ACTION_STATUSES, type ActionStatus, type ActionStatusResult } from './status.ts';

export type StatusCounts = Record<ActionStatus, number>;

export interface AreaRollUp {
  status: ActionStatus;
  counts: StatusCounts;
  total: number;
  /** Finished after their due date. */
  completedLate: number;
  /** Milestones past their date and not done, across the area's actions. */
  missedMilestones: number;
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function countStatuses(results: readonly Pick<ActionStatusResult, 'status'>[]): StatusCounts {
  const counts = emptyCounts();
  for (const r of results) counts[r.status]++;
  return counts;
}

/**
 * The area takes the worst status among its open actions, so one overdue action cannot hide behind finished ones:
 * overdue, then at risk, then on track. An area whose actions are all finished is complete; one with nothing under
 * way yet (or no actions) is not started; finished and not-yet-started actions alone make it on track.
 */
export function rollUp(results: readonly Pick<ActionStatusResult, 'status' | 'late' | 'missedMilestones'>[]): AreaRollUp {
  const counts = countStatuses(results);
  const total = results.length;
  let status: ActionStatus;
  if (counts.overdue > 0) status = 'overdue';
  else if (counts['at-risk'] > 0) status = 'at-risk';
  else if (counts['on-track'] > 0) status = 'on-track';
  else if (total > 0 && counts.complete === total) status = 'complete';
  else if (counts.complete > 0) status = 'on-track';
  else status = 'not-started';
  return {
    status,
    counts,
    total,
    completedLate: results.filter((r) => r.status === 'complete' && r.late).length,
    missedMilestones: results.reduce((n, r) => n + r.missedMilestones.length, 0),
  };
}
