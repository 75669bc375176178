import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/oruk/paging.ts';

const items = Array.from({ length: 23 }, (_, i) => i + 1);

describe('the ORUK Page envelope', () => {
  it('describes the first page', () => {
    expect(paginate(items, { page: 1, perPage: 10 })).toEqual({
      total_items: 23,
      total_pages: 3,
      page_number: 1,
      size: 10,
      first_page: true,
      last_page: false,
      empty: false,
      contents: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    });
  });

  it('describes a part-filled last page', () => {
    expect(paginate(items, { page: 3, perPage: 10 })).toMatchObject({ page_number: 3, size: 3, first_page: false, last_page: true, empty: false, contents: [21, 22, 23] });
  });

  it('is exact when the items fill the pages', () => {
    expect(paginate(items.slice(0, 20), { page: 2, perPage: 10 })).toMatchObject({ total_pages: 2, size: 10, last_page: true });
  });

  it('answers a page past the end with an empty last page', () => {
    expect(paginate(items, { page: 9, perPage: 10 })).toMatchObject({ total_items: 23, total_pages: 3, page_number: 9, size: 0, first_page: false, last_page: true, empty: true, contents: [] });
  });

  it('answers an empty list with one empty first-and-last page', () => {
    expect(paginate([], { page: 1, perPage: 10 })).toEqual({
      total_items: 0,
      total_pages: 0,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
  });

  it('maps only the items on the page', () => {
    const seen: number[] = [];
    const page = paginate(items, { page: 2, perPage: 5 }, (n) => (seen.push(n), `#${n}`));
    expect(page.contents).toEqual(['#6', '#7', '#8', '#9', '#10']);
    expect(seen).toEqual([6, 7, 8, 9, 10]);
  });
});
