// The shared look of every email: a plain, accessible HTML page and helpers that escape whatever they are given.
import { escapeHtml } from '../../text/escape.ts';
import { formatDate } from '../../text/dates.ts';

export { escapeHtml };

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hour12: true });

/** "23 November 2026 at 10:05am" (UK time), as GOV.UK writes a moment. */
export function formatMoment(moment: Date): string {
  const time = londonTime.format(moment).replace(/\s/g, '').replace(':00', '').toLowerCase();
  return `${formatDate(moment.toISOString())} at ${time}`;
}

/** A name that came from content, safe for a subject line: one line, no runs of spaces, not endless. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Someone's own words as HTML: escaped, blank lines become paragraphs and line breaks stay. */
export function paragraphsHtml(text: string, style = PARAGRAPH): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p style="${style}">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** A link whose address is shown too, so the email still makes sense printed or read as text. */
export function linkHtml(href: string, label: string): string {
  if (!/^https?:\/\//i.test(href)) throw new Error(`email links must be http(s) URLs, got ${JSON.stringify(href)}`);
  return `<a href="${escapeHtml(href)}" style="color:#1d70b8;">${escapeHtml(label)}</a>`;
}

export const PARAGRAPH = 'margin:0 0 15px;font-size:19px;line-height:1.32;';
export const QUOTE = 'margin:0 0 15px;padding:0 0 0 15px;border-left:5px solid #b1b4b6;font-size:19px;line-height:1.32;';

/** The whole HTML document; `body` must already be escaped markup. */
export function htmlDocument(title: string, body: string, footer: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background:#ffffff;color:#0b0c0c;font-family:Arial,sans-serif;">',
    '<div style="max-width:580px;margin:0 auto;padding:20px;">',
    `<h1 style="margin:0 0 20px;font-size:27px;line-height:1.15;">${escapeHtml(title)}</h1>`,
    body,
    `<p style="margin:30px 0 0;padding-top:15px;border-top:1px solid #b1b4b6;font-size:16px;color:#505a5f;">${footer}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
