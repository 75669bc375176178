// The ORUK `Page` envelope: one page of a list and the counts a client needs to walk the rest.
import type { Paging } from './params.ts';
import type { OrukPage } from './types.ts';

/**
 * Page numbers start at 1. `size` is the number of items on this page (the HSDS API reference: "the number of
 * entities in a page"); a page past the end is empty, not an error, and says it is the last.
 */
export function paginate<T, R = T>(items: readonly T[], paging: Paging, map?: (item: T) => R): OrukPage<R> {
  const { page, perPage } = paging;
  const total = items.length;
  const totalPages = Math.ceil(total / perPage);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const contents = map ? slice.map(map) : (slice as unknown as R[]);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
