// The two emails a report from "Is this information correct?" sends: one to the comms inbox, one to the provider.
import type { CorrectionReport } from '../../model/index.ts';
import type { EmailMessageInput, RenderedEmail } from '../message.ts';
import { escapeHtml, formatMoment, htmlDocument, linkHtml, oneLine, PARAGRAPH, paragraphsHtml, QUOTE } from './layout.ts';

export interface CorrectionReportDetails {
  /** The stored report's id, quoted so the comms team can find the report. */
  reportId: string;
  /** The service or guide the report is about, as its page titles it. */
  subjectTitle: string;
  /** The public page, absolute (http or https). */
  pageUrl: string;
  whatIsWrong: string;
  reportedAt: Date;
  consentToContact: boolean;
  /** Shown to the comms team only, and only when the reporter agreed to be contacted. */
  reporterEmail?: string;
}

const FOOTER = 'Sent by the SEND Local Offer website. Do not forward this email outside your organisation.';

function contactableEmail(d: CorrectionReportDetails): string | undefined {
  return d.consentToContact && d.reporterEmail ? d.reporterEmail : undefined;
}

/** To the comms inbox: everything, including how to reach the reporter if (and only if) they agreed. */
export function correctionReportToComms(d: CorrectionReportDetails): RenderedEmail {
  const title = oneLine(d.subjectTitle);
  const subject = `Someone reported a problem with ${title}`;
  const email = contactableEmail(d);
  const when = formatMoment(d.reportedAt);
  const contactText = email
    ? `They agreed to be contacted about their report. Their email address is ${email}.`
    : 'They did not agree to be contacted, so there is no way to reply to them.';
  const text = [
    `Someone used "Is this information correct?" to report a problem with ${title}.`,
    '',
    'What they told us is wrong:',
    '',
    d.whatIsWrong.trim(),
    '',
    `Page: ${d.pageUrl}`,
    `Reported: ${when}`,
    '',
    contactText,
    '',
    `Report reference: ${d.reportId}`,
    '',
    '--',
    FOOTER,
  ].join('\n');
  const contactHtml = email
    ? `They agreed to be contacted about their report. Their email address is <a href="mailto:${escapeHtml(email)}" style="color:#1d70b8;">${escapeHtml(email)}</a>.`
    : 'They did not agree to be contacted, so there is no way to reply to them.';
  const html = htmlDocument(
    subject,
    [
      `<p style="${PARAGRAPH}">Someone used “Is this information correct?” to report a problem with ${linkHtml(d.pageUrl, title)}.</p>`,
      `<h2 style="margin:0 0 15px;font-size:21px;">What they told us is wrong</h2>`,
      `<blockquote style="margin:0;">${paragraphsHtml(d.whatIsWrong, QUOTE)}</blockquote>`,
      `<p style="${PARAGRAPH}">Page: ${linkHtml(d.pageUrl, d.pageUrl)}<br>Reported: ${escapeHtml(when)}</p>`,
      `<p style="${PARAGRAPH}">${contactHtml}</p>`,
      `<p style="${PARAGRAPH}">Report reference: ${escapeHtml(d.reportId)}</p>`,
    ].join('\n'),
    escapeHtml(FOOTER),
  );
  return { subject, text, html };
}

/** To the provider's contact: what is wrong and where, never who said it. */
export function correctionReportToProvider(d: CorrectionReportDetails): RenderedEmail {
  const title = oneLine(d.subjectTitle);
  const subject = `Someone reported a problem with ${title}`;
  const when = formatMoment(d.reportedAt);
  const privacy = 'We have not shared any details of the person who made the report.';
  const ask = 'Please check the information on the page. If something needs to change, reply to this email to tell the Local Offer team.';
  const text = [
    `Someone used "Is this information correct?" on the SEND Local Offer to report a problem with ${title}.`,
    '',
    'What they told us is wrong:',
    '',
    d.whatIsWrong.trim(),
    '',
    `Page: ${d.pageUrl}`,
    `Reported: ${when}`,
    '',
    ask,
    '',
    privacy,
    '',
    '--',
    FOOTER,
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p style="${PARAGRAPH}">Someone used “Is this information correct?” on the SEND Local Offer to report a problem with ${linkHtml(d.pageUrl, title)}.</p>`,
      `<h2 style="margin:0 0 15px;font-size:21px;">What they told us is wrong</h2>`,
      `<blockquote style="margin:0;">${paragraphsHtml(d.whatIsWrong, QUOTE)}</blockquote>`,
      `<p style="${PARAGRAPH}">Page: ${linkHtml(d.pageUrl, d.pageUrl)}<br>Reported: ${escapeHtml(when)}</p>`,
      `<p style="${PARAGRAPH}">${escapeHtml(ask)}</p>`,
      `<p style="${PARAGRAPH}">${escapeHtml(privacy)}</p>`,
    ].join('\n'),
    escapeHtml(FOOTER),
  );
  return { subject, text, html };
}

export interface CorrectionReportEmailsInput {
  report: Pick<CorrectionReport, '_id' | 'subjectTitle' | 'whatIsWrong' | 'email' | 'consentToContact' | 'createdAt'>;
  /** The reported page, absolute. */
  pageUrl: string;
  /** The comms team's inbox (COMMS_EMAIL). */
  commsEmail: string;
  /** The provider's contact address, when the service has one; guides have none. */
  providerEmail?: string;
}

export interface KeyedEmail {
  key: string;
  message: EmailMessageInput;
}

/**
 * The emails one correction report sends, each with its idempotency key (`correction-report:<id>:comms|provider`).
 * Replies from the comms inbox go to the reporter only if they agreed; the provider's replies go to the comms team.
 */
export function correctionReportEmails(input: CorrectionReportEmailsInput): KeyedEmail[] {
  const { report } = input;
  const details: CorrectionReportDetails = {
    reportId: report._id,
    subjectTitle: report.subjectTitle,
    pageUrl: input.pageUrl,
    whatIsWrong: report.whatIsWrong,
    reportedAt: new Date(report.createdAt),
    consentToContact: report.consentToContact,
    reporterEmail: report.email,
  };
  const reporter = contactableEmail(details);
  const emails: KeyedEmail[] = [
    {
      key: `correction-report:${report._id}:comms`,
      message: {
        to: input.commsEmail,
        ...(reporter ? { replyTo: reporter } : {}),
        ...correctionReportToComms(details),
        tags: [{ name: 'category', value: 'correction-report' }],
      },
    },
  ];
  if (input.providerEmail) {
    emails.push({
      key: `correction-report:${report._id}:provider`,
      message: {
        to: input.providerEmail,
        replyTo: input.commsEmail,
        ...correctionReportToProvider(details),
        tags: [{ name: 'category', value: 'correction-report' }],
      },
    });
  }
  return emails;
}
