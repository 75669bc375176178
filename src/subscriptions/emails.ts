// The emails subscriptions send: the confirmation link, a new "You said, we did", and a weekly plan summary.
import type { RenderedEmail } from '../email/message.ts';
import { PARAGRAPH, escapeHtml, htmlDocument, linkHtml, oneLine, paragraphsHtml } from '../email/templates/layout.ts';
import type { SubscriptionTopic } from '../model/index.ts';
import { formatDate } from '../text/dates.ts';
import { TOPIC_LABELS } from './form.ts';

const plainLabel = (t: SubscriptionTopic) => TOPIC_LABELS[t].label.replace(/[“”]/g, '"');

export interface ConfirmationDetails {
  siteTitle: string;
  topics: SubscriptionTopic[];
  confirmUrl: string;
  /** When the link stops working. */
  expiresAt: Date;
}

export function confirmationEmail(d: ConfirmationDetails): RenderedEmail {
  const subject = `Confirm you want email updates from ${oneLine(d.siteTitle)}`;
  const until = `${formatDate(d.expiresAt.toISOString())}`;
  const ignore = 'If you did not ask for these updates, ignore this email: we will not email you again and we have not kept your address.';
  const text = [
    'Someone, hopefully you, asked for email updates about:',
    '',
    ...d.topics.map((t) => `- ${plainLabel(t)}`),
    '',
    'To start getting them, open this link and confirm:',
    '',
    d.confirmUrl,
    '',
    `The link works until ${until}.`,
    '',
    ignore,
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p style="${PARAGRAPH}">Someone, hopefully you, asked for email updates about:</p>`,
      `<ul style="${PARAGRAPH}">${d.topics.map((t) => `<li>${escapeHtml(TOPIC_LABELS[t].label)}</li>`).join('')}</ul>`,
      `<p style="${PARAGRAPH}">${linkHtml(d.confirmUrl, 'Confirm you want these updates')}</p>`,
      `<p style="${PARAGRAPH}">The link works until ${escapeHtml(until)}.</p>`,
      `<p style="${PARAGRAPH}">${escapeHtml(ignore)}</p>`,
    ].join('\n'),
    escapeHtml(`Sent by ${d.siteTitle}.`),
  );
  return { subject, text, html };
}

export interface UpdateFooter {
  siteTitle: string;
  unsubscribeUrl: string;
}

function footer(f: UpdateFooter): { text: string; html: string } {
  return {
    text: ['--', `You get this because you asked ${f.siteTitle} for email updates.`, `Unsubscribe: ${f.unsubscribeUrl}`].join('\n'),
    html: `${escapeHtml(`You get this because you asked ${f.siteTitle} for email updates.`)} ${linkHtml(f.unsubscribeUrl, 'Unsubscribe')}`,
  };
}

export interface NewEntryDetails extends UpdateFooter {
  title: string;
  youSaid: string;
  weDid: string;
  commentCount: number;
  publishedAt: string;
  entryUrl: string;
}

export function newEntryEmail(d: NewEntryDetails): RenderedEmail {
  const subject = `You said, we did: ${oneLine(d.title)}`;
  const f = footer(d);
  const text = [
    `Published ${formatDate(d.publishedAt)}, from ${d.commentCount} comments.`,
    '',
    'You said:',
    d.youSaid.trim(),
    '',
    'We did:',
    d.weDid.trim(),
    '',
    `Read more: ${d.entryUrl}`,
    '',
    f.text,
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p style="${PARAGRAPH}">Published ${escapeHtml(formatDate(d.publishedAt))}, from ${d.commentCount} comments.</p>`,
      `<h2 style="margin:0 0 15px;font-size:21px;">You said</h2>`,
      paragraphsHtml(d.youSaid),
      `<h2 style="margin:0 0 15px;font-size:21px;">We did</h2>`,
      paragraphsHtml(d.weDid),
      `<p style="${PARAGRAPH}">${linkHtml(d.entryUrl, `Read more about ${oneLine(d.title)}`)}</p>`,
    ].join('\n'),
    f.html,
  );
  return { subject, text, html };
}

export interface PlanDigestDetails extends UpdateFooter {
  /** "16 to 22 November 2026". */
  weekLabel: string;
  updates: { reference: string; actionTitle: string; date: string; text: string; url: string }[];
  planUrl: string;
}

export function planDigestEmail(d: PlanDigestDetails): RenderedEmail {
  const subject = `Improvement plan: ${d.updates.length} ${d.updates.length === 1 ? 'update' : 'updates'} from ${d.weekLabel}`;
  const f = footer(d);
  const text = [
    `Progress reported on the improvement plan's actions, ${d.weekLabel}:`,
    '',
    ...d.updates.flatMap((u) => [`${u.reference} ${u.actionTitle} (${formatDate(u.date)})`, u.text, u.url, '']),
    `See every action and measure: ${d.planUrl}`,
    '',
    f.text,
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p style="${PARAGRAPH}">Progress reported on the improvement plan’s actions, ${escapeHtml(d.weekLabel)}:</p>`,
      ...d.updates.map(
        (u) =>
          `<h2 style="margin:0 0 10px;font-size:19px;">${linkHtml(u.url, `${u.reference} ${u.actionTitle}`)}</h2>` +
          `<p style="${PARAGRAPH}">${escapeHtml(formatDate(u.date))}: ${escapeHtml(u.text)}</p>`,
      ),
      `<p style="${PARAGRAPH}">${linkHtml(d.planUrl, 'See every action and measure')}</p>`,
    ].join('\n'),
    f.html,
  );
  return { subject, text, html };
}

/** RFC 2369 and RFC 8058: mail programs show an unsubscribe button that posts to the link, with no page to visit. */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** Every subscription email with sample values (awkward characters included), for the email previews page. */
export function subscriptionEmailPreviews(): { id: string; description: string; email: RenderedEmail }[] {
  const footer = { siteTitle: 'Westmoor SEND Local Offer', unsubscribeUrl: 'http://localhost:4321/subscribe/unsubscribe/?token=sample' };
  return [
    {
      id: 'subscription-confirm',
      description: 'To someone who asked for email updates: the link that confirms it (nothing is stored until they do)',
      email: confirmationEmail({ siteTitle: footer.siteTitle, topics: ['you-said-we-did', 'plan-updates'], confirmUrl: 'http://localhost:4321/subscribe/confirm/?token=sample', expiresAt: new Date('2026-11-26T10:00:00Z') }),
    },
    {
      id: 'subscription-new-entry',
      description: 'To subscribers, when a new You said, we did is published (with one-click unsubscribe headers)',
      email: newEntryEmail({
        ...footer,
        title: 'Short breaks & reviews when <things> get harder',
        youSaid: 'Families said it took too long to get short breaks reviewed.\n\nThey did not know who to ask.',
        weDid: 'Every package is now reviewed at least once a year.',
        commentCount: 47,
        publishedAt: '2026-10-10',
        entryUrl: 'http://localhost:4321/you-said-we-did/short-breaks-reviews/',
      }),
    },
    {
      id: 'subscription-plan-digest',
      description: "To subscribers, once a week when there was progress on the plan's actions",
      email: planDigestEmail({
        ...footer,
        weekLabel: '16 to 22 November 2026',
        planUrl: 'http://localhost:4321/plan/',
        updates: [{ reference: 'PA3.4', actionTitle: 'Attendance & inclusion charter', date: '2026-11-18', text: 'Charter shared with all headteachers.', url: 'http://localhost:4321/plan/priority-action-3/#pa3-4' }],
      }),
    },
  ];
}
