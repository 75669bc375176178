import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, PROGRESS_TOLERANCE, actionStatus, milestoneState, type ActionDates } from '../../../src/plan/status.ts';
import { londonDate } from '../../../src/text/dates.ts';

function anAction(overrides: Partial<ActionDates> = {}): ActionDates {
  return { startDate: '2026-01-01', dueDate: '2026-12-31', progress: 90, milestones: [], updates: [], ...overrides };
}
const status = (a: ActionDates, today: string) => actionStatus(a, today).status;

describe('an action is complete', () => {
  it('on time when finished on or before its due date', () => {
    const r = actionStatus(anAction({ completedDate: '2026-12-31' }), '2027-02-01');
    expect(r).toMatchObject({ status: 'complete', late: false, reasons: ['Finished on time.'] });
  });

  it('late when finished after its due date, saying how many days late', () => {
    const r = actionStatus(anAction({ completedDate: '2027-01-10' }), '2027-02-01');
    expect(r).toMatchObject({ status: 'complete', late: true, daysLate: 10 });
    expect(r.reasons[0]).toBe('Finished 10 days after the due date.');
  });

  it('only once the completion date has come: a completion dated in the future does not count yet', () => {
    expect(status(anAction({ completedDate: '2026-06-01' }), '2026-05-31')).toBe('on-track');
    expect(status(anAction({ completedDate: '2026-06-01' }), '2026-06-01')).toBe('complete');
  });

  it('even with missed milestones left unticked: finishing the action supersedes them', () => {
    const r = actionStatus(anAction({ completedDate: '2026-10-01', milestones: [{ title: 'Never ticked', dueDate: '2026-03-01' }] }), '2026-11-01');
    expect(r.status).toBe('complete');
    expect(r.missedMilestones).toEqual([]);
  });
});

describe('an action is overdue', () => {
  it('the day after its due date, not on the due date itself', () => {
    const a = anAction({ dueDate: '2026-06-30' });
    expect(status(a, '2026-06-30')).toBe('on-track');
    expect(actionStatus(a, '2026-07-01')).toMatchObject({ status: 'overdue', daysLate: 1, reasons: ['The due date passed 1 day ago and it is not finished.'] });
  });

  it('whatever its progress says', () => {
    expect(status(anAction({ dueDate: '2026-06-30', progress: 99 }), '2026-08-01')).toBe('overdue');
  });

  it('when it has a due date but no start date', () => {
    expect(status(anAction({ startDate: undefined, dueDate: '2026-06-30' }), '2026-07-01')).toBe('overdue');
  });
});

describe('an action is not started', () => {
  it('before its start date, and starts on it', () => {
    const a = anAction({ startDate: '2026-09-01', progress: 0 });
    expect(actionStatus(a, '2026-08-31')).toMatchObject({ status: 'not-started', reasons: ['Its start date has not come yet.'] });
    expect(status(a, '2026-09-01')).toBe('on-track');
  });

  it('with no dates at all until something is reported', () => {
    const undated = anAction({ startDate: undefined, dueDate: undefined, progress: undefined });
    expect(actionStatus(undated, '2026-05-01')).toMatchObject({ status: 'not-started', reasons: ['Work has not begun.'] });
    expect(status({ ...undated, updates: [{ date: '2026-04-01' }] }, '2026-05-01')).toBe('on-track');
    expect(status({ ...undated, progress: 10 }, '2026-05-01')).toBe('on-track');
    expect(status({ ...undated, milestones: [{ title: 'Done early', dueDate: '2026-09-01', completedDate: '2026-04-01' }] }, '2026-05-01')).toBe('on-track');
  });

  it('with no dates, a log entry dated after today does not count as begun', () => {
    expect(status(anAction({ startDate: undefined, dueDate: undefined, progress: 0, updates: [{ date: '2026-06-01' }] }), '2026-05-01')).toBe('not-started');
  });
});

describe('an action is at risk', () => {
  it('when a milestone date has passed without it being done (the day after, not on the day)', () => {
    const a = anAction({ milestones: [{ title: 'Draft agreed', dueDate: '2026-04-30' }] });
    expect(status(a, '2026-04-30')).toBe('on-track');
    const r = actionStatus(a, '2026-05-01');
    expect(r.status).toBe('at-risk');
    expect(r.reasons).toContain('A milestone was missed: Draft agreed.');
    expect(r.missedMilestones.map((m) => m.title)).toEqual(['Draft agreed']);
  });

  it('counts several missed milestones', () => {
    const a = anAction({ milestones: [{ title: 'One', dueDate: '2026-02-01' }, { title: 'Two', dueDate: '2026-03-01' }] });
    expect(actionStatus(a, '2026-04-01').reasons).toContain('2 milestones were missed.');
  });

  it('not when a milestone was done late: it slipped, but it is done', () => {
    const a = anAction({ milestones: [{ title: 'Late but done', dueDate: '2026-02-01', completedDate: '2026-02-20' }] });
    expect(status(a, '2026-04-01')).toBe('on-track');
  });

  it(`when progress trails the share of time used by more than ${PROGRESS_TOLERANCE} points`, () => {
    // 2026-07-02 is exactly half way through 2026 (182 of 364 days).
    const half = '2026-07-02';
    expect(status(anAction({ progress: 50 - PROGRESS_TOLERANCE }), half)).toBe('on-track');
    const r = actionStatus(anAction({ progress: 50 - PROGRESS_TOLERANCE - 1 }), half);
    expect(r).toMatchObject({ status: 'at-risk', timeUsed: 50 });
    expect(r.reasons).toEqual(['Progress is 24% with 50% of the time used.']);
  });

  it('treats unreported progress as none', () => {
    expect(status(anAction({ progress: undefined }), '2026-11-01')).toBe('at-risk');
    expect(status(anAction({ progress: undefined }), '2026-02-01')).toBe('on-track');
  });

  it('gives both reasons when both apply', () => {
    const r = actionStatus(anAction({ progress: 0, milestones: [{ title: 'M', dueDate: '2026-03-01' }] }), '2026-11-01');
    expect(r.reasons).toHaveLength(2);
  });

  it('has no time-used rule without both dates', () => {
    expect(status(anAction({ startDate: undefined, progress: 1 }), '2026-12-30')).toBe('on-track');
  });
});

describe('an action is on track', () => {
  it('when milestones are met and progress keeps pace', () => {
    expect(actionStatus(anAction({ milestones: [{ title: 'Done', dueDate: '2026-03-01', completedDate: '2026-02-27' }] }), '2026-06-01')).toMatchObject({
      status: 'on-track',
      reasons: ['Milestones are met and progress keeps pace with the time used.'],
    });
  });

  it('on a one-day action due today', () => {
    expect(status(anAction({ startDate: '2026-05-01', dueDate: '2026-05-01', progress: 100 }), '2026-05-01')).toBe('on-track');
  });
});

describe('milestones', () => {
  const m = { title: 'M', dueDate: '2026-04-30' };
  it.each([
    ['not due yet before and on its date', { ...m }, '2026-04-30', 'due'],
    ['missed the day after', { ...m }, '2026-05-01', 'missed'],
    ['done when finished on its date', { ...m, completedDate: '2026-04-30' }, '2026-06-01', 'done'],
    ['done late when finished after it', { ...m, completedDate: '2026-05-02' }, '2026-06-01', 'done-late'],
    ['missed when its completion is dated after today', { ...m, completedDate: '2026-06-02' }, '2026-06-01', 'missed'],
  ] as const)('are %s', (_what, milestone, today, expected) => {
    expect(milestoneState(milestone, today)).toBe(expected);
  });
});

describe('the Europe/London day boundary', () => {
  const dueEndOfJune = anAction({ dueDate: '2026-06-30' });

  it('an action due on 30 June is overdue from midnight in London (23:00 UTC in summer)', () => {
    expect(status(dueEndOfJune, londonDate(new Date('2026-06-30T22:59:59Z')))).toBe('on-track');
    expect(status(dueEndOfJune, londonDate(new Date('2026-06-30T23:00:00Z')))).toBe('overdue');
  });

  it('in winter London midnight is midnight UTC', () => {
    const dueInDecember = anAction({ startDate: '2026-01-01', dueDate: '2026-12-15' });
    expect(status(dueInDecember, londonDate(new Date('2026-12-15T23:59:59Z')))).toBe('on-track');
    expect(status(dueInDecember, londonDate(new Date('2026-12-16T00:00:00Z')))).toBe('overdue');
  });
});

it('knows exactly five statuses', () => {
  expect(ACTION_STATUSES).toEqual(['not-started', 'on-track', 'at-risk', 'overdue', 'complete']);
});
