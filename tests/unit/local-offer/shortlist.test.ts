import { describe, expect, it } from 'vitest';
import { SHORTLIST_MAX, changeShortlist, parseShortlist, serializeShortlist } from '../../../src/local-offer/shortlist.ts';

const known = (slug: string) => slug !== 'closed-service';

describe('the shortlist cookie', () => {
  it('round-trips slugs and drops anything else', () => {
    expect(parseShortlist(serializeShortlist(['portage', 'speech-therapy']))).toEqual(['portage', 'speech-therapy']);
    expect(parseShortlist('portage.<script>.portage.Bad_Slug.ok')).toEqual(['portage', 'ok']);
    expect(parseShortlist(undefined)).toEqual([]);
  });

  it('adds once, removes, and refuses unknown services', () => {
    expect(changeShortlist(['a'], 'add', 'b', known)).toEqual({ ok: true, slugs: ['a', 'b'] });
    expect(changeShortlist(['a'], 'add', 'a', known)).toEqual({ ok: true, slugs: ['a'] });
    expect(changeShortlist(['a', 'b'], 'remove', 'a', known)).toEqual({ ok: true, slugs: ['b'] });
    expect(changeShortlist([], 'add', 'closed-service', known)).toEqual({ ok: false, error: 'That service could not be found' });
    expect(changeShortlist([], 'delete-all', 'a', known)).toEqual({ ok: false, error: 'Choose to add or remove a service' });
  });

  it('says when the shortlist is full', () => {
    const full = Array.from({ length: SHORTLIST_MAX }, (_, i) => `s${i}`);
    expect(changeShortlist(full, 'add', 'one-more', known)).toMatchObject({ ok: false, error: expect.stringContaining('up to 30 services') });
  });
});
