// Renders the model's Portable Text (paragraphs, headings, lists, links, strong/em) to safe HTML.
import type { Block, PortableText } from '../model/common.ts';
import { escapeHtml } from './escape.ts';

export interface RenderOptions {
  /**
   * The level the body's highest heading becomes (default 2, under the page's h1): editors may start at h3, and a
   * skipped level confuses screen reader users who move by headings.
   */
  topHeadingLevel?: number;
  /** Transform a run of plain text into HTML (already-escaped output expected), e.g. to link glossary terms. */
  text?: (text: string) => string;
}

const MARK_TAGS: Record<string, string> = { strong: 'strong', em: 'em' };

function renderSpans(block: Block, options: RenderOptions): string {
  const links = new Map(block.markDefs.map((m) => [m._key, m.href]));
  return block.children
    .map((span) => {
      let html = options.text ? options.text(span.text) : escapeHtml(span.text);
      for (const mark of span.marks) {
        const tag = MARK_TAGS[mark];
        if (tag) html = `<${tag}>${html}</${tag}>`;
      }
      // Links wrap decorators, so a bold link is one link, not several.
      for (const mark of span.marks) {
        const href = links.get(mark);
        if (href) {
          const external = /^https?:\/\//.test(href);
          html = `<a class="govuk-link" href="${escapeHtml(href)}"${external ? ' rel="noopener"' : ''}>${html}</a>`;
        }
      }
      return html;
    })
    .join('');
}

function renderBlock(block: Block, options: RenderOptions, offset: number): string {
  const inner = renderSpans(block, options);
  switch (block.style) {
    case 'h2':
      return `<h${2 + offset} class="govuk-heading-m">${inner}</h${2 + offset}>`;
    case 'h3':
      return `<h${3 + offset} class="govuk-heading-s">${inner}</h${3 + offset}>`;
    case 'blockquote':
      return `<div class="govuk-inset-text">${inner}</div>`;
    default:
      return `<p class="govuk-body">${inner}</p>`;
  }
}

/** Group consecutive list items into <ul>/<ol>; everything else renders block by block. */
export function renderPortableText(blocks: PortableText, options: RenderOptions = {}): string {
  const levels = blocks.filter((b) => !b.listItem && (b.style === 'h2' || b.style === 'h3')).map((b) => (b.style === 'h2' ? 2 : 3));
  const offset = levels.length ? (options.topHeadingLevel ?? 2) - Math.min(...levels) : 0;
  const out: string[] = [];
  let list: { kind: 'bullet' | 'number'; items: string[] } | undefined;
  const flush = () => {
    if (!list) return;
    const tag = list.kind === 'number' ? 'ol' : 'ul';
    const cls = list.kind === 'number' ? 'govuk-list govuk-list--number' : 'govuk-list govuk-list--bullet';
    out.push(`<${tag} class="${cls}">${list.items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`);
    list = undefined;
  };
  for (const block of blocks) {
    if (block.listItem) {
      if (list && list.kind !== block.listItem) flush();
      list ??= { kind: block.listItem, items: [] };
      list.items.push(renderSpans(block, options));
    } else {
      flush();
      out.push(renderBlock(block, options, offset));
    }
  }
  flush();
  return out.join('\n');
}

/** Plain text of a Portable Text body, for summaries, search and feeds. */
export function portableTextToPlain(blocks: PortableText): string {
  return blocks.map((b) => b.children.map((c) => c.text).join('')).join('\n\n');
}
