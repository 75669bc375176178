// Jargon warnings: abbreviations in service and guide text with no glossary term or alias.
import { describe, expect, it } from 'vitest';
import {
  abbreviationsIn,
  findJargon,
  glossaryIndex,
  guideTextFields,
  looksLikeAbbreviation,
  serviceTextFields,
  unexplainedAbbreviations,
} from '../../../studio/lib/jargon.ts';
import { ofType, sample } from './helpers.ts';

const glossary = ofType(sample().content, 'glossaryTerm');
const index = glossaryIndex(glossary);

describe('what looks like an abbreviation', () => {
  it.each([
    ['EHCP', true],
    ['SENCo', true],
    ['PfA', true],
    ['EHCPs', true],
    ['SpLD', true],
    ['McDonald', false],
    ['YouTube', false],
    ['Speech', false],
    ['I', false],
  ])('%s → %s', (word, expected) => expect(looksLikeAbbreviation(word)).toBe(expected));

  it('ignores postcodes, web addresses and emails', () => {
    expect(abbreviationsIn('Call PL1 3BJ, see https://EXAMPLE.org/SEND or write to SEND@example.org')).toEqual([]);
  });

  it('lists each one once, in order', () => {
    expect(abbreviationsIn('Ask your SENCO about an EHCP. The SENCO can help.')).toEqual(['SENCO', 'EHCP']);
  });
});

describe('against the sample glossary', () => {
  it('accepts terms and aliases in any case, and plurals of abbreviations', () => {
    expect(unexplainedAbbreviations('EHCPs, SENCo, CAMHS, SEND and PfA', index)).toEqual([]);
  });

  it('accepts abbreviations everyone knows', () => {
    expect(unexplainedAbbreviations('Ask your GP or the NHS anywhere in the UK', index)).toEqual([]);
  });

  it('flags an abbreviation the glossary does not have', () => {
    expect(unexplainedAbbreviations('You may get DLA and ask the LADO.', index)).toEqual(['DLA', 'LADO']);
  });

  it('accepts an abbreviation inside a glossary phrase ("EHC needs assessment"), but not on its own', () => {
    expect(unexplainedAbbreviations('Ask for an EHC needs assessment or an EHC plan.', index)).toEqual([]);
    expect(unexplainedAbbreviations('Ask about EHC support.', index)).toEqual(['EHC']);
  });

  it('does not mistake GOV.UK for jargon', () => {
    expect(unexplainedAbbreviations('Apply on GOV.UK.', index)).toEqual([]);
  });

  it('names the field and explains what to do', () => {
    const problems = findJargon(
      serviceTextFields({ title: 'Play scheme', summary: 'For children with an EHCP.', access: { howToAccess: 'Ask your TAC lead.' } }),
      glossary,
    );
    expect(problems).toEqual([
      {
        path: ['access', 'howToAccess'],
        words: ['TAC'],
        message: '"TAC" looks like jargon with no glossary entry. Add it to the glossary (as a term or under "Also written as"), or write it out in full.',
      },
    ]);
  });
});

describe('the sample content', () => {
  // A list to act on, not a failure: jargon is a warning. The test pins how the rule reads real text.
  it('reads every text field of every service and guide', () => {
    const services = ofType(sample().content, 'service');
    const guides = ofType(sample().content, 'guide');
    const withDescription = services.find((s) => s.description.length > 0)!;
    expect(serviceTextFields(withDescription).map((f) => f.path.join('.'))).toEqual(expect.arrayContaining(['title', 'summary', 'description', 'eligibility', 'access.howToAccess']));
    expect(guideTextFields(guides[0]!).map((f) => f.path.join('.'))).toEqual(['title', 'summary', 'body']);
    const problems = [...services.flatMap((s) => findJargon(serviceTextFields(s), glossary)), ...guides.flatMap((g) => findJargon(guideTextFields(g), glossary))];
    const words = [...new Set(problems.flatMap((p) => p.words))].sort();
    // Every flagged word really is missing from the glossary and the well-known list.
    for (const word of words) expect(index.spellings.has(word.toLowerCase()), word).toBe(false);
    console.info(`jargon with no glossary entry in the sample: ${words.join(', ') || 'none'}`);
  });
});
