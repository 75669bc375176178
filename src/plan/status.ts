// An action's status worked out from its dates, milestones and reported progress on a given day: never typed by hand.
import { daysBetween } from '../text/dates.ts';

export const ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'overdue', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * How far reported progress may trail the share of time used before an action is at risk, in percentage points.
 * Progress is reported every six weeks or so, so a small gap is normal; a quarter of the whole is not.
 */
export const PROGRESS_TOLERANCE = 25;

/** The parts of an action the rules read (the model's Action satisfies it). */
export interface ActionDates {
  startDate?: string;
  dueDate?: string;
  completedDate?: string;
  progress?: number;
  milestones: readonly MilestoneDates[];
  updates?: readonly { date: string }[];
}

export interface MilestoneDates {
  title: string;
  dueDate: string;
  completedDate?: string;
}

export const MILESTONE_STATES = ['done', 'done-late', 'missed', 'due'] as const;
/** done: on or before its date; done-late: after it; missed: its date has passed and it is not done; due: still to come. */
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export interface ActionStatusResult {
  status: ActionStatus;
  /** Complete, but after the due date. */
  late: boolean;
  /** Why, in words a reader can check against the dates shown (one or more sentences). */
  reasons: string[];
  /** Milestones whose date has passed without being done. */
  missedMilestones: MilestoneDates[];
  /** Days past the due date (overdue), or how late it finished (complete and late). */
  daysLate?: number;
  /** The share of the time from start to due date used by today, 0–100, when both dates are known. */
  timeUsed?: number;
}

/** True when a date is filled in and not after today: a completion dated in the future has not happened yet. */
const happened = (date: string | undefined, today: string): date is string => date !== undefined && date <= today;

export function milestoneState(m: MilestoneDates, today: string): MilestoneState {
  if (happened(m.completedDate, today)) return m.completedDate > m.dueDate ? 'done-late' : 'done';
  return m.dueDate < today ? 'missed' : 'due';
}

function timeUsed(a: ActionDates, today: string): number | undefined {
  if (!a.startDate || !a.dueDate) return undefined;
  const span = daysBetween(a.startDate, a.dueDate);
  if (span <= 0) return today >= a.dueDate ? 100 : 0;
  return Math.min(100, Math.max(0, (daysBetween(a.startDate, today) / span) * 100));
}

/** Something has visibly begun: a log entry, reported progress or a finished milestone on or before today. */
function hasBegun(a: ActionDates, today: string): boolean {
  return (
    (a.progress ?? 0) > 0 ||
    (a.updates ?? []).some((u) => u.date <= today) ||
    a.milestones.some((m) => happened(m.completedDate, today))
  );
}

/**
 * The rules, in order:
 * 1. complete when it has a completion date on or before today (late if after the due date);
 * 2. overdue when the due date has passed (an action due today is not yet overdue);
 * 3. not started when the start date is still to come, or there is no start date and nothing has begun;
 * 4. at risk when a milestone's date has passed without it being done, or progress trails the time used by more
 *    than PROGRESS_TOLERANCE points;
 * 5. otherwise on track.
 * `today` is the Europe/London calendar date (see `londonDate`), so the answer does not depend on the server's zone.
 */
export function actionStatus(a: ActionDates, today: string): ActionStatusResult {
  const missedMilestones = a.milestones.filter((m) => milestoneState(m, today) === 'missed');
  const used = timeUsed(a, today);
  const base = { late: false, missedMilestones, ...(used === undefined ? {} : { timeUsed: Math.round(used) }) };

  if (happened(a.completedDate, today)) {
    const late = a.dueDate !== undefined && a.completedDate > a.dueDate;
    return {
      ...base,
      status: 'complete',
      late,
      missedMilestones: [],
      reasons: [late ? `Finished ${daysBetween(a.dueDate!, a.completedDate)} days after the due date.` : 'Finished on time.'],
      ...(late ? { daysLate: daysBetween(a.dueDate!, a.completedDate) } : {}),
    };
  }
  if (a.dueDate && a.dueDate < today) {
    const daysLate = daysBetween(a.dueDate, today);
    return { ...base, status: 'overdue', daysLate, reasons: [`The due date passed ${daysLate} ${daysLate === 1 ? 'day' : 'days'} ago and it is not finished.`] };
  }
  if (a.startDate ? a.startDate > today : !hasBegun(a, today)) {
    return { ...base, status: 'not-started', reasons: [a.startDate ? 'Its start date has not come yet.' : 'Work has not begun.'] };
  }
  const reasons: string[] = [];
  if (missedMilestones.length > 0) {
    reasons.push(
      missedMilestones.length === 1
        ? `A milestone was missed: ${missedMilestones[0]!.title}.`
        : `${missedMilestones.length} milestones were missed.`,
    );
  }
  const progress = a.progress ?? 0;
  if (used !== undefined && progress < used - PROGRESS_TOLERANCE) {
    reasons.push(`Progress is ${progress}% with ${Math.round(used)}% of the time used.`);
  }
  if (reasons.length > 0) return { ...base, status: 'at-risk', reasons };
  return { ...base, status: 'on-track', reasons: ['Milestones are met and progress keeps pace with the time used.'] };
}
