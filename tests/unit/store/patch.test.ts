// Patch semantics shared by both adapters and the Sanity double.
import { describe, expect, it } from 'vitest';
import { DocumentValidationError } from '../../../src/model/index.ts';
import { applyPatch } from '../../../src/store/patch.ts';

const doc = { _id: 'd1', _type: 'thing', _rev: 'r1', title: 'A', count: 1, nested: { x: 1 }, list: [1] };

describe('applyPatch', () => {
  it('applies set, setIfMissing, unset and inc in that order, on a copy', () => {
    const out = applyPatch(doc, {
      set: { title: 'B', 'nested.y': 2, 'deep.er': true },
      setIfMissing: { title: 'ignored', count: 99, extra: 'added' },
      unset: ['list', 'nested.x', 'not.there'],
      inc: { count: 2, missing: 5 },
    });
    expect(out).toEqual({ _id: 'd1', _type: 'thing', _rev: 'r1', title: 'B', count: 3, nested: { y: 2 }, deep: { er: true }, extra: 'added' });
    expect(doc).toEqual({ _id: 'd1', _type: 'thing', _rev: 'r1', title: 'A', count: 1, nested: { x: 1 }, list: [1] });
  });

  it('pairs setIfMissing with inc for counters', () => {
    expect(applyPatch({ _id: 'd', _type: 't' }, { setIfMissing: { n: 0 }, inc: { n: 1 } })).toMatchObject({ n: 1 });
  });

  it('refuses to change identity or type, and ignores stamped fields', () => {
    expect(() => applyPatch(doc, { set: { _id: 'other' } })).toThrow(DocumentValidationError);
    expect(() => applyPatch(doc, { unset: ['_type'] })).toThrow(/_type/);
    expect(applyPatch(doc, { set: { _rev: 'mine' } })._rev).toBe('r1');
  });

  it('names the field when a path or an inc cannot apply', () => {
    expect(() => applyPatch(doc, { set: { 'list[0]': 2 } })).toThrow(/list\[0\]/);
    expect(() => applyPatch(doc, { set: { 'title.sub': 1 } })).toThrow(/title\.sub/);
    expect(() => applyPatch(doc, { inc: { title: 1 } })).toThrow(/title: inc needs a number/);
  });
});
