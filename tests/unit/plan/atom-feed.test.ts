import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from '../../../src/plan/atom-feed.ts';
import { buildPlanModel } from '../../../src/plan/plan-model.ts';
import { entryView } from '../../../src/plan/you-said-we-did.ts';
import { aPlanContent, anEntry } from './builders.ts';

function feedFor(entries = [anEntry()]) {
  const model = buildPlanModel(aPlanContent({ entries }), '2026-11-23');
  return atomFeed({
    siteUrl: 'https://localoffer.example/',
    title: 'You said, we did – Testshire & Co',
    selfPath: '/you-said-we-did/feed.xml?area=priority-action-1',
    alternatePath: '/you-said-we-did/?area=priority-action-1',
    author: 'Testshire SEND Local Offer',
    entries: model.entries.map((e) => entryView(model, e)),
  });
}

describe('the Atom feed', () => {
  it('has the elements RFC 4287 requires of a feed and of each entry', () => {
    const xml = feedFor();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toContain('<id>https://localoffer.example/you-said-we-did/feed.xml?area=priority-action-1</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://localoffer.example/you-said-we-did/feed.xml?area=priority-action-1"/>');
    expect(xml).toContain('<updated>2026-07-05T00:00:00Z</updated>');
    expect(xml).toContain('<author><name>Testshire SEND Local Offer</name></author>');
    const entry = xml.slice(xml.indexOf('<entry>'), xml.indexOf('</entry>'));
    for (const tag of ['<title>', '<id>https://localoffer.example/you-said-we-did/help-while-waiting/</id>', '<updated>', '<published>', '<summary>', '<content type="html">']) {
      expect(entry).toContain(tag);
    }
  });

  it('escapes text, and escapes the HTML content twice so that markup in an entry stays text', () => {
    const xml = feedFor([anEntry({ title: 'Tuesdays & <Thursdays>', weDid: 'We said "yes" & meant <b>it</b>' })]);
    expect(xml).toContain('<title>Tuesdays &amp; &lt;Thursdays&gt;</title>');
    expect(xml).toContain('&lt;p&gt;We said &amp;quot;yes&amp;quot; &amp;amp; meant &amp;lt;b&amp;gt;it&amp;lt;/b&amp;gt;&lt;/p&gt;');
    expect(xml).toContain('<title>You said, we did – Testshire &amp; Co</title>');
  });

  it('drops characters that XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('tab\tand\nline and 😀')).toBe('tab\tand\nline and 😀');
  });

  it('is still a valid feed with no entries', () => {
    const xml = feedFor([]);
    expect(xml).not.toContain('<entry>');
    expect(xml).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });
});
