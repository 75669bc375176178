import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/common.ts';
import { portableTextToPlain, renderPortableText } from '../../../src/text/portable-text.ts';

let n = 0;
function block(text: string, extra: Partial<Block> = {}): Block {
  n += 1;
  return { _type: 'block', _key: `b${n}`, style: 'normal', markDefs: [], children: [{ _type: 'span', _key: `s${n}`, text, marks: [] }], ...extra };
}

describe('rich text rendering', () => {
  it('renders paragraphs and headings with GOV.UK classes', () => {
    const html = renderPortableText([block('About', { style: 'h2' }), block('Hello')]);
    expect(html).toBe('<h2 class="govuk-heading-m">About</h2>\n<p class="govuk-body">Hello</p>');
  });

  it('groups list items into one list and starts a new list when the kind changes', () => {
    const html = renderPortableText([
      block('one', { listItem: 'bullet' }),
      block('two', { listItem: 'bullet' }),
      block('first', { listItem: 'number' }),
    ]);
    expect(html).toContain('<ul class="govuk-list govuk-list--bullet"><li>one</li><li>two</li></ul>');
    expect(html).toContain('<ol class="govuk-list govuk-list--number"><li>first</li></ol>');
  });

  it('escapes text so an editor cannot inject markup', () => {
    const html = renderPortableText([block('<script>alert(1)</script> & "quotes"')]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });

  it('renders links and emphasis', () => {
    const b = block('SENDIASS', { markDefs: [{ _type: 'link', _key: 'l1', href: 'https://example.org/?a=1&b=2' }] });
    b.children = [{ _type: 'span', _key: 'x', text: 'SENDIASS', marks: ['l1', 'strong'] }];
    const html = renderPortableText([b]);
    expect(html).toContain('<a class="govuk-link" href="https://example.org/?a=1&amp;b=2" rel="noopener"><strong>SENDIASS</strong></a>');
  });

  it('never skips a heading level: the highest heading becomes h2, or the level asked for', () => {
    const html = renderPortableText([block('Only h3s', { style: 'h3' }), block('text')]);
    expect(html).toContain('<h2 class="govuk-heading-s">Only h3s</h2>');
    const nested = renderPortableText([block('Top', { style: 'h2' }), block('Sub', { style: 'h3' })], { topHeadingLevel: 3 });
    expect(nested).toContain('<h3 class="govuk-heading-m">Top</h3>');
    expect(nested).toContain('<h4 class="govuk-heading-s">Sub</h4>');
  });

  it('gives plain text for summaries', () => {
    expect(portableTextToPlain([block('a'), block('b')])).toBe('a\n\nb');
  });
});
