// 10,000 generated hostile inputs at the parser behind each form and query-string page: each either accepts the input
// or names what is wrong; none throws. (The real server gets the same treatment over HTTP in tests/e2e.)
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browsePhase } from '../../src/local-offer/browse.ts';
import { parseShortlist, changeShortlist } from '../../src/local-offer/shortlist.ts';
import { CorrectionForm } from '../../src/feedback/correction.ts';
import { PostcodeDistricts } from '../../src/local-offer/postcode.ts';
import { parseServiceQuery, parsePaging } from '../../src/oruk/params.ts';
import { searchGapKey } from '../../src/search/search-gaps.ts';
import { commonWords } from '../../src/search/common-words.ts';
import { vocabulary } from '../../src/search/vocabulary.ts';
import { buildSearchIndex, search } from '../../src/search/search-index.ts';

const RUNS = 10_000;
const districts = PostcodeDistricts.parse(JSON.parse(readFileSync(new URL('../../content/postcode-districts.json', import.meta.url), 'utf8')));
const nasty = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '<script>alert(1)</script>', '%00', '\u0000', '\u202E', 'a'.repeat(3000), '-1', '1e309', 'NaN', '0', '999999999'),
);
const names = fc.oneof(fc.constantFrom('need', 'category', 'area', 'cost', 'postcode', 'page', 'per_page', 'search', 'proximity', 'minimum_age', 'maximum_age', 'modified_after', 'taxonomy_term_id', '__proto__', 'constructor'), fc.string({ maxLength: 12 }));
const params = fc.array(fc.tuple(names, nasty), { maxLength: 10 }).map((p) => new URLSearchParams(p));

describe('hostile input at every parser', () => {
  it('phase page filters: always a view, with named errors for anything unknown', () => {
    fc.assert(
      fc.property(params, (p) => {
        const view = browsePhase({
          listings: [],
          phase: 'primary',
          params: p,
          needs: [{ slug: 'autism', title: 'Autism' }],
          categories: [{ slug: 'health', title: 'Health' }],
          areas: ['North'],
          districts,
          areaName: 'Westmoor',
        });
        for (const e of view.errors) expect(e.message.length).toBeGreaterThan(5);
        expect(Object.getPrototypeOf(view.filters)).toBe(Object.prototype);
      }),
      { numRuns: RUNS },
    );
  });

  it('report form: parses or names the field', () => {
    const body = fc.dictionary(fc.oneof(fc.constantFrom('subject', 'whatIsWrong', 'email', 'consent', 'website'), names), fc.oneof(nasty, fc.boolean(), fc.integer(), fc.constant(null)));
    fc.assert(
      fc.property(body, (b) => {
        const result = CorrectionForm.safeParse(b);
        if (!result.success) expect(result.error.issues.every((i) => i.message.length > 5)).toBe(true);
        else expect(result.data.subject).toMatch(/^(service|guide)-/);
      }),
      { numRuns: RUNS },
    );
  });

  it('shortlist cookie and changes: only known slugs ever get in', () => {
    fc.assert(
      fc.property(nasty, nasty, nasty, (cookie, action, slug) => {
        for (const s of parseShortlist(cookie)) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        const change = changeShortlist([], action, slug, (s) => s === 'portage');
        if (change.ok) expect(change.slugs.every((s) => s === 'portage')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('ORUK query parameters: parsed or refused with the parameter named', () => {
    fc.assert(
      fc.property(params, (p) => {
        for (const parsed of [parseServiceQuery(p, { districts, areaName: 'Westmoor' }), parsePaging(p)]) {
          if (!parsed.ok) expect(parsed.errors.every((e) => e.parameter.length > 0 && e.message.length > 5)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('search: any query runs, and only harmless words are ever kept as a gap', () => {
    const index = buildSearchIndex([{ id: 'a', kind: 'service', url: '/services/a/', title: 'Speech therapy', summary: '', fields: [{ text: 'Speech therapy', weight: 1 }] }]);
    const words = vocabulary(index.postings.keys(), commonWords());
    fc.assert(
      fc.property(nasty, (q) => {
        search(index, q);
        const kept = searchGapKey(q, words);
        if (kept !== undefined) expect(kept).toMatch(/^[\p{L}' -]+$/u);
      }),
      { numRuns: RUNS },
    );
  });
});
