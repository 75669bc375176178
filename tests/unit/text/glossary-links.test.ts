import { describe, expect, it } from 'vitest';
import { buildMatcher, glossaryLinker, type GlossaryEntry } from '../../../src/text/glossary-links.ts';

const entries: GlossaryEntry[] = [
  { term: 'Education, health and care plan', slug: 'ehc-plan', definition: 'A legal document describing needs.', aliases: ['EHCP', 'EHC plan'] },
  { term: 'EHC needs assessment', slug: 'ehc-needs-assessment', definition: 'An assessment <of> needs.', aliases: [] },
  { term: 'Occupational therapy', slug: 'occupational-therapy', definition: 'Help with everyday tasks.', aliases: ['OT'] },
  { term: 'Short breaks', slug: 'short-breaks', definition: 'Time apart.', aliases: [] },
];

describe('glossary links in text', () => {
  const matcher = buildMatcher(entries);

  it('links the first use of a term to its definition', () => {
    const html = glossaryLinker(matcher)('Ask for an EHCP. An EHCP lasts until 25.');
    expect(html).toBe(
      'Ask for an <a class="govuk-link app-glossary-term" href="/glossary/#ehc-plan" title="A legal document describing needs.">EHCP</a>. An EHCP lasts until 25.',
    );
  });

  it('prefers the longest term', () => {
    expect(glossaryLinker(matcher)('Request an EHC needs assessment today')).toContain('href="/glossary/#ehc-needs-assessment"');
  });

  it('matches words in any case but acronyms only exactly and as whole words', () => {
    expect(glossaryLinker(matcher)('We offer short breaks')).toContain('>short breaks</a>');
    expect(glossaryLinker(matcher)('This is not a lot of OTs')).not.toContain('<a');
    expect(glossaryLinker(matcher)('Book an OT visit')).toContain('>OT</a>');
  });

  it('links each term once across a whole page', () => {
    const seen = new Set<string>();
    const link = glossaryLinker(matcher, seen);
    expect(link('EHC plan first')).toContain('<a');
    expect(link('EHC plan again')).not.toContain('<a');
  });

  it('escapes the text and the definition it shows', () => {
    const html = glossaryLinker(matcher)('<b>EHC needs assessment</b>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('title="An assessment &lt;of&gt; needs."');
    expect(html).not.toContain('<b>');
  });
});
