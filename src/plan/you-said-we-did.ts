// "You said, we did": the list's filters (area of the plan, age group), and each entry with its actions' live status.
import type { AreaRecord, EntryRecord, ThemeRecord } from '../queries/plan.ts';
import type { ActionView, PlanModel } from './plan-model.ts';
import { byReference } from './plan-model.ts';

export const ENTRIES_PAGE_SIZE = 20;

export interface EntryFilters {
  /** An area's slug, e.g. "priority-action-4". */
  area?: string;
  /** An age phase's slug, e.g. "primary". */
  phase?: string;
  page: number;
}

export interface EntryFilterError {
  field: 'area' | 'phase' | 'page';
  message: string;
}

export interface EntryView {
  entry: EntryRecord;
  themes: ThemeRecord[];
  actions: ActionView[];
  areas: AreaRecord[];
  phases: { slug: string; title: string }[];
}

const FILTER_FIELDS = { area: 'area of the plan', phase: 'age group' } as const;

/** Reads the query string; anything not in the lists is an error to show, never silently dropped. */
export function parseEntryFilters(
  params: URLSearchParams,
  known: { areas: readonly { slug: string }[]; phases: readonly { slug: string }[] },
): { filters: EntryFilters; errors: EntryFilterError[] } {
  const errors: EntryFilterError[] = [];
  const filters: EntryFilters = { page: 1 };
  for (const field of ['area', 'phase'] as const) {
    const values = params.getAll(field).filter((v) => v !== '' && v !== 'all');
    if (values.length === 0) continue;
    if (values.length > 1) {
      errors.push({ field, message: `Choose one ${FILTER_FIELDS[field]}` });
      continue;
    }
    const allowed = field === 'area' ? known.areas : known.phases;
    if (allowed.some((a) => a.slug === values[0])) filters[field] = values[0];
    else errors.push({ field, message: `Choose an ${FILTER_FIELDS[field]} from the list` });
  }
  const page = params.get('page');
  if (page !== null && page !== '') {
    if (/^\d{1,6}$/.test(page) && Number(page) >= 1) filters.page = Number(page);
    else errors.push({ field: 'page', message: 'The page number must be a whole number, 1 or more' });
  }
  return { filters, errors };
}

export function filtersToQuery(filters: Pick<EntryFilters, 'area' | 'phase'>): string {
  const params = new URLSearchParams();
  if (filters.area) params.set('area', filters.area);
  if (filters.phase) params.set('phase', filters.phase);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function entryView(model: PlanModel, entry: EntryRecord): EntryView {
  const phaseById = new Map(model.phases.map((p) => [p._id, p]));
  return {
    entry,
    themes: entry.themes.map((id) => model.themesById.get(id)).filter((t) => t !== undefined),
    actions: entry.actions.map((id) => model.actionsById.get(id)).filter((a) => a !== undefined).sort(byReference),
    areas: entry.areas.map((id) => model.areasById.get(id)).filter((a) => a !== undefined),
    phases: entry.agePhases.map((id) => phaseById.get(id)).filter((p) => p !== undefined).map((p) => ({ slug: p.slug, title: p.title })),
  };
}

/** Entries about an area: tagged with it, or linked to one of its actions. */
export function isAboutArea(entry: EntryRecord, area: AreaRecord, model: PlanModel): boolean {
  return entry.areas.includes(area._id) || entry.actions.some((id) => model.actionsById.get(id)?.area === area._id);
}

export function filterEntries(model: PlanModel, filters: Pick<EntryFilters, 'area' | 'phase'>): EntryRecord[] {
  const area = filters.area ? model.areas.find((a) => a.area.slug === filters.area)?.area : undefined;
  const phase = filters.phase ? model.phases.find((p) => p.slug === filters.phase) : undefined;
  return model.entries.filter((e) => (!area || isAboutArea(e, area, model)) && (!phase || e.agePhases.includes(phase._id)));
}

export interface EntryList {
  filters: EntryFilters;
  errors: EntryFilterError[];
  total: number;
  page: number;
  pages: number;
  entries: EntryView[];
}

export function listEntries(model: PlanModel, params: URLSearchParams): EntryList {
  const { filters, errors } = parseEntryFilters(params, { areas: model.areas.map((a) => a.area), phases: model.phases });
  const matched = filterEntries(model, filters);
  const pages = Math.max(1, Math.ceil(matched.length / ENTRIES_PAGE_SIZE));
  if (filters.page > pages) errors.push({ field: 'page', message: `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} of entries` });
  const page = Math.min(filters.page, pages);
  return {
    filters,
    errors,
    total: matched.length,
    page,
    pages,
    entries: matched.slice((page - 1) * ENTRIES_PAGE_SIZE, page * ENTRIES_PAGE_SIZE).map((e) => entryView(model, e)),
  };
}
