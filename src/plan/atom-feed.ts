// The "You said, we did" Atom feed (RFC 4287): every text escaped, and characters XML cannot hold removed.
import type { EntryView } from './you-said-we-did.ts';

/** Control characters, lone surrogates and U+FFFE/U+FFFF are not allowed anywhere in an XML 1.0 document. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface AtomFeedInput {
  /** The site's origin, e.g. "https://localoffer.example.gov.uk" (no trailing slash). */
  siteUrl: string;
  title: string;
  /** The feed's own address, with its query string: it is also the feed's id, so each filtered feed is its own. */
  selfPath: string;
  /** The HTML page the feed mirrors. */
  alternatePath: string;
  author: string;
  entries: readonly EntryView[];
}

/** A date as an RFC 3339 timestamp: entries are dated by day, so midnight UTC. */
const stamp = (date: string) => `${date}T00:00:00Z`;

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => `<p>${escapeXml(p.trim())}</p>`).join('');

function entryHtml(view: EntryView): string {
  const { entry } = view;
  return [
    `<h2>You said</h2>${paragraphs(entry.youSaid)}`,
    `<p>${entry.commentCount} comments.</p>`,
    ...entry.quotes.map((q) => `<blockquote><p>${escapeXml(q.text)}</p><p>${escapeXml(q.attribution)}</p></blockquote>`),
    `<h2>We did</h2>${paragraphs(entry.weDid)}`,
  ].join('');
}

export function atomFeed(input: AtomFeedInput): string {
  const base = input.siteUrl.replace(/\/$/, '');
  const updated = input.entries.reduce((latest, v) => (v.entry.publishedAt > latest ? v.entry.publishedAt : latest), '1970-01-01');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <title>${escapeXml(input.title)}</title>`,
    `  <id>${escapeXml(base + input.selfPath)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(base + input.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(base + input.alternatePath)}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
  ];
  for (const view of input.entries) {
    const url = `${base}/you-said-we-did/${view.entry.slug}/`;
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(view.entry.title)}</title>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${stamp(view.entry.publishedAt)}</published>`,
      `    <updated>${stamp(view.entry.publishedAt)}</updated>`,
      ...view.themes.map((t) => `    <category term="${escapeXml(t.slug)}" label="${escapeXml(t.title)}"/>`),
      `    <summary>${escapeXml(view.entry.youSaid)}</summary>`,
      `    <content type="html">${escapeXml(entryHtml(view))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
