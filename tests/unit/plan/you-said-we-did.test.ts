import { describe, expect, it } from 'vitest';
import { buildPlanModel } from '../../../src/plan/plan-model.ts';
import { ENTRIES_PAGE_SIZE, entryView, filtersToQuery, listEntries, parseEntryFilters } from '../../../src/plan/you-said-we-did.ts';
import { aPlanContent, anAction, anEntry } from './builders.ts';

const TODAY = '2026-11-23';
const known = { areas: [{ slug: 'priority-action-1' }, { slug: 'recommendation-1' }], phases: [{ slug: 'early-years' }, { slug: 'primary' }] };
const parse = (query: string) => parseEntryFilters(new URLSearchParams(query), known);

describe('the You said, we did filters', () => {
  it('read an area and an age group', () => {
    expect(parse('area=recommendation-1&phase=primary')).toEqual({ filters: { area: 'recommendation-1', phase: 'primary', page: 1 }, errors: [] });
  });

  it('treat empty values and "all" as no filter, and ignore parameters they do not know', () => {
    expect(parse('area=&phase=all&utm_source=x')).toEqual({ filters: { page: 1 }, errors: [] });
  });

  it.each([
    ['an area not in the plan', 'area=priority-action-9', 'area', 'Choose an area of the plan from the list'],
    ['an age group that does not exist', 'phase=teenagers', 'phase', 'Choose an age group from the list'],
    ['two areas', 'area=priority-action-1&area=recommendation-1', 'area', 'Choose one area of the plan'],
    ['markup instead of a slug', 'area=%3Cscript%3E', 'area', 'Choose an area of the plan from the list'],
    ['a page that is not a number', 'page=two', 'page', 'The page number must be a whole number, 1 or more'],
    ['page 0', 'page=0', 'page', 'The page number must be a whole number, 1 or more'],
  ])('say what is wrong with %s', (_what, query, field, message) => {
    expect(parse(query).errors).toEqual([{ field, message }]);
  });

  it('write back only the filters that are set', () => {
    expect(filtersToQuery({ area: 'recommendation-1' })).toBe('?area=recommendation-1');
    expect(filtersToQuery({})).toBe('');
  });
});

describe('the list of entries', () => {
  const content = aPlanContent({
    actions: [anAction(), anAction({ _id: 'action-r1-1', area: 'priorityArea-r1', reference: 'R1.1', title: 'Train staff' })],
    entries: [
      anEntry(),
      anEntry({ _id: 'youSaidWeDid-staff', slug: 'staff', title: 'Staff who understand', publishedAt: '2026-09-01', areas: [], actions: ['action-r1-1'], agePhases: ['agePhase-early-years'] }),
      anEntry({ _id: 'youSaidWeDid-future', slug: 'future', title: 'Not yet', publishedAt: '2026-12-01' }),
    ],
  });
  const model = buildPlanModel(content, TODAY);
  const list = (query: string) => listEntries(model, new URLSearchParams(query));

  it('is newest first and leaves out entries dated after today', () => {
    expect(list('').entries.map((e) => e.entry.slug)).toEqual(['staff', 'help-while-waiting']);
  });

  it('finds entries about an area through their own areas or their actions', () => {
    expect(list('area=recommendation-1').entries.map((e) => e.entry.slug)).toEqual(['staff']);
    expect(list('area=priority-action-1').entries.map((e) => e.entry.slug)).toEqual(['help-while-waiting']);
  });

  it('filters by age group', () => {
    expect(list('phase=early-years').entries.map((e) => e.entry.slug)).toEqual(['staff']);
    expect(list('phase=primary&area=recommendation-1').total).toBe(0);
  });

  it('shows every entry, with errors, when a filter is wrong', () => {
    const view = list('area=nope');
    expect(view.errors).toHaveLength(1);
    expect(view.total).toBe(2);
  });

  it('pages long lists and says when a page is past the end', () => {
    const many = aPlanContent({ entries: Array.from({ length: ENTRIES_PAGE_SIZE + 3 }, (_, i) => anEntry({ _id: `e${i}`, slug: `e-${i}`, publishedAt: `2026-0${(i % 9) + 1}-01` })) });
    const m = buildPlanModel(many, TODAY);
    expect(listEntries(m, new URLSearchParams('page=2')).entries).toHaveLength(3);
    expect(listEntries(m, new URLSearchParams('page=3')).errors).toEqual([{ field: 'page', message: 'There are only 2 pages of entries' }]);
  });
});

describe('an entry', () => {
  it("links its actions with each one's status today, its themes, areas and age groups", () => {
    const content = aPlanContent({ actions: [anAction({ dueDate: '2026-06-30' })] });
    const model = buildPlanModel(content, TODAY);
    const view = entryView(model, model.entries[0]!);
    expect(view.actions.map((a) => [a.reference, a.status.status])).toEqual([['PA1.1', 'overdue']]);
    expect(view.themes.map((t) => t.title)).toEqual(['Waiting times']);
    expect(view.areas.map((a) => a.slug)).toEqual(['priority-action-1']);
    expect(view.phases).toEqual([{ slug: 'primary', title: 'Primary' }]);
  });

  it('skips links to documents that no longer exist', () => {
    const content = aPlanContent({ entries: [anEntry({ actions: ['action-gone'], themes: ['feedbackTheme-gone'] })] });
    const model = buildPlanModel(content, TODAY);
    const view = entryView(model, model.entries[0]!);
    expect(view.actions).toEqual([]);
    expect(view.themes).toEqual([]);
  });
});
