import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, type SearchDocument } from '../../src/search/search-index.ts';
import { commonWords } from '../../src/search/common-words.ts';
import { searchGapKey } from '../../src/search/search-gaps.ts';
import { vocabulary } from '../../src/search/vocabulary.ts';
import { tokenize } from '../../src/search/tokenize.ts';

function doc(id: string, title: string, body: string, summary = ''): SearchDocument {
  return { id, kind: 'service', url: `/services/${id}/`, title, summary, fields: [{ text: title, weight: 8 }, { text: summary, weight: 2 }, { text: body, weight: 1 }] };
}

const index = buildSearchIndex([
  doc('salt', 'Speech and language therapy', 'Therapists help children with communication.'),
  doc('swim', 'Autism-friendly swimming', 'Quiet sessions for autistic children and families.'),
  doc('club', 'Youth club', 'A club where young people meet. Speech support available.'),
  doc('ehc', 'Asking for an EHC needs assessment', 'How to request an assessment.'),
]);

describe('search', () => {
  it('ranks a title match above a body match', () => {
    expect(search(index, 'speech').map((h) => h.doc.id)).toEqual(['salt', 'club']);
  });

  it('needs every word to match', () => {
    expect(search(index, 'speech therapy').map((h) => h.doc.id)).toEqual(['salt']);
  });

  it('finds words as prefixes and plurals', () => {
    expect(search(index, 'swim').map((h) => h.doc.id)).toContain('swim');
    expect(search(index, 'assessments').map((h) => h.doc.id)).toEqual(['ehc']);
    expect(search(index, 'club')[0]!.doc.id).toBe('club');
  });

  it('ignores case, accents and common words', () => {
    expect(tokenize('The Café for CHILDREN')).toEqual(['cafe', 'children']);
    expect(search(index, 'THE SPEECH').map((h) => h.doc.id)).toEqual(['salt', 'club']);
  });

  it('finds nothing for nonsense or an empty query', () => {
    expect(search(index, 'zebra')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('counting searches that find nothing', () => {
  // The site's own words are the index's; common English words come from SCOWL's common sizes.
  const words = vocabulary(index.postings.keys(), commonWords());

  it('keeps the words of a failed search made of the site’s words and common English words', () => {
    expect(searchGapKey('  Horse   Riding ', words)).toBe('horse riding');
    expect(searchGapKey('respite care', words)).toBe('respite care');
    // "ehc" is no English word, but the site uses it.
    expect(searchGapKey('EHC swimming', words)).toBe('ehc swimming');
  });

  it.each(['zzqxy sarah jones', 'sarah', 'respite for jayden', 'call 07700 900123', 'jo@example.com', 'WM4 2AB', 'my son tom is seven and has autism and adhd', ''])(
    'keeps nothing that might identify someone: %j',
    (q) => {
      expect(searchGapKey(q, words)).toBeUndefined();
    },
  );
});
