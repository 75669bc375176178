import { describe, expect, it } from 'vitest';
import { boardPack, boardPackQuarter } from '../../../src/plan/board-pack.ts';
import { quarter } from '../../../src/plan/quarter.ts';
import { aMeasure, aPlanContent, anAction, anEntry } from './builders.ts';

const TODAY = '2026-11-23';

const content = aPlanContent({
  actions: [
    anAction({
      milestones: [
        { _key: 'm1', title: 'Draft agreed', dueDate: '2026-08-31', completedDate: '2026-09-20' },
        { _key: 'm2', title: 'Consultation', dueDate: '2026-10-31' },
        { _key: 'm3', title: 'Launch', dueDate: '2026-12-15' },
      ],
      updates: [
        { _key: 'u1', date: '2026-08-01', text: 'Drafting started.' },
        { _key: 'u2', date: '2026-10-15', text: 'Consultation delayed.', impact: 'None yet.' },
      ],
      coProduction: [{ _key: 'c1', group: 'Parent carer forum', involvement: 'co-produced', date: '2026-10-07' }],
    }),
    anAction({ _id: 'action-pa1-2', reference: 'PA1.2', title: 'Publish dashboard', startDate: '2026-01-01', dueDate: '2026-09-30' }),
  ],
  entries: [anEntry({ publishedAt: '2026-10-02' }), anEntry({ _id: 'e2', slug: 'older', publishedAt: '2026-08-02' })],
});

describe('which quarter a board pack is for', () => {
  it('is the quarter under way when none is asked for', () => {
    expect(boardPackQuarter(content, TODAY, null)).toMatchObject({ ok: true, quarter: { slug: '2026-q4' } });
  });

  it('can be any quarter from the plan’s approval to now', () => {
    expect(boardPackQuarter(content, TODAY, '2025-q4')).toMatchObject({ ok: true, quarter: { slug: '2025-q4' } });
  });

  it.each([
    ['a quarter written wrongly', 'Q3 2026', 'Enter the quarter as a year and quarter number, like 2026-q3'],
    ['a quarter before the plan', '2025-q3', 'There is no board pack for July to September 2025: choose a quarter from October to December 2025 to October to December 2026'],
    ['a quarter still to come', '2027-q1', 'There is no board pack for January to March 2027: choose a quarter from October to December 2025 to October to December 2026'],
  ])('refuses %s, saying which quarters there are', (_what, requested, message) => {
    const r = boardPackQuarter(content, TODAY, requested);
    expect(r).toMatchObject({ ok: false, message });
    if (!r.ok) expect(r.available.map((q) => q.slug)).toEqual(['2026-q4', '2026-q3', '2026-q2', '2026-q1', '2025-q4']);
  });
});

describe('the board pack for the quarter under way', () => {
  const pack = boardPack(content, quarter(2026, 4), TODAY);
  const area = pack.areas[0]!;

  it('works statuses out for today', () => {
    expect(pack).toMatchObject({ asAt: TODAY, current: true });
    expect(area.view.actions.map((a) => a.status.status)).toEqual(['at-risk', 'overdue']);
  });

  it('lists slippage: overdue actions, missed milestones, and milestones done late in the quarter', () => {
    expect(area.slippage.map((s) => [s.kind, s.milestone ?? s.actionReference])).toEqual([
      ['overdue-action', 'PA1.2'],
      ['missed-milestone', 'Consultation'],
    ]);
  });

  it('includes only the quarter’s log entries, You said, we did and co-production', () => {
    expect(area.log.map((l) => l.text)).toEqual(['Consultation delayed.']);
    expect(area.newEntries.map((e) => e.publishedAt)).toEqual(['2026-10-02']);
    expect(area.coProduction.map((c) => c.group)).toEqual(['Parent carer forum']);
  });
});

describe('the board pack for a past quarter', () => {
  const pack = boardPack(content, quarter(2026, 3), TODAY);
  const area = pack.areas[0]!;

  it('shows statuses as they were on the quarter’s last day', () => {
    expect(pack).toMatchObject({ asAt: '2026-09-30', current: false });
    expect(area.view.actions.map((a) => a.status.status)).toEqual(['on-track', 'on-track']);
  });

  it('lists a milestone finished late during the quarter', () => {
    expect(area.slippage).toEqual([
      { kind: 'milestone-done-late', actionReference: 'PA1.1', actionTitle: 'Set up the board', milestone: 'Draft agreed', dueDate: '2026-08-31', completedDate: '2026-09-20' },
    ]);
  });

  it('leaves out figures for later periods', () => {
    const points = pack.model.areas[0]!.measures[0]!.series.points.map((p) => p.date);
    expect(points).toEqual(['2026-03-31', '2026-06-30', '2026-09-30']);
    const earlier = boardPack(aPlanContent({ measures: [aMeasure()] }), quarter(2026, 2), TODAY);
    expect(earlier.model.areas[0]!.measures[0]!.series.points.map((p) => p.date)).toEqual(['2026-03-31', '2026-06-30']);
  });
});
