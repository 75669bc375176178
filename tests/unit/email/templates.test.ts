import { describe, expect, it } from 'vitest';
import { EmailMessage } from '../../../src/email/message.ts';
import {
  correctionReportEmails,
  correctionReportToComms,
  correctionReportToProvider,
  previewAll,
  type CorrectionReportDetails,
} from '../../../src/email/templates/index.ts';

const hostile: CorrectionReportDetails = {
  reportId: 'correctionReport-<i>x</i>',
  subjectTitle: 'Speech & "language" <therapy>\nfor \'under-5s\'',
  pageUrl: 'https://localoffer.example.gov.uk/local-offer/services/slt/?a=1&b="2"',
  whatIsWrong: 'The <script>alert("x")</script> number is wrong & old.\n\nCall <a href="https://evil.example">here</a>',
  reportedAt: new Date('2026-11-23T10:05:00Z'),
  consentToContact: true,
  reporterEmail: 'jo"<b>@example.com',
};

describe('correction report emails', () => {
  it.each([
    ['to the comms inbox', correctionReportToComms],
    ['to the provider', correctionReportToProvider],
  ])('escape every user-supplied value in the HTML %s', (_name, render) => {
    const { html } = render(hostile);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<therapy>');
    expect(html).not.toContain('<i>x</i>');
    expect(html).not.toContain('<a href="https://evil.example">');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Speech &amp; &quot;language&quot; &lt;therapy&gt; for &#39;under-5s&#39;');
    expect(html).toContain('href="https://localoffer.example.gov.uk/local-offer/services/slt/?a=1&amp;b=&quot;2&quot;"');
    // The only markup is the template's own.
    expect(html.match(/<a /g)).toHaveLength(render === correctionReportToComms ? 3 : 2);
  });

  it('keep the subject to one line however the title is written', () => {
    for (const render of [correctionReportToComms, correctionReportToProvider]) {
      const { subject } = render(hostile);
      expect(subject).toBe(`Someone reported a problem with Speech & "language" <therapy> for 'under-5s'`);
      expect(EmailMessage.shape.subject.safeParse(subject).success).toBe(true);
    }
  });

  it('keep what the person wrote, and the link, in the plain-text body', () => {
    const { text } = correctionReportToComms(hostile);
    expect(text).toContain(hostile.whatIsWrong);
    expect(text).toContain(hostile.pageUrl);
    expect(text).toContain('Reported: 23 November 2026 at 10:05am');
  });

  it("show the comms team the reporter's email only when they agreed to be contacted", () => {
    const consented = { ...hostile, reporterEmail: 'jo@example.com' };
    const withConsent = correctionReportToComms(consented);
    expect(withConsent.text).toContain('jo@example.com');
    expect(withConsent.html).toContain('mailto:jo@example.com');

    const noConsent = correctionReportToComms({ ...consented, consentToContact: false });
    for (const part of [noConsent.subject, noConsent.text, noConsent.html]) expect(part).not.toContain('jo@example.com');
    expect(noConsent.text).toContain('They did not agree to be contacted');
  });

  it('never tell the provider who reported the problem', () => {
    const email = correctionReportToProvider({ ...hostile, reporterEmail: 'jo@example.com' });
    for (const part of [email.subject, email.text, email.html]) expect(part).not.toContain('jo@example.com');
    expect(email.text).toContain('We have not shared any details of the person who made the report.');
  });

  it('refuse a link that is not http(s)', () => {
    expect(() => correctionReportToComms({ ...hostile, pageUrl: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
  });
});

describe('correctionReportEmails', () => {
  const report = {
    _id: 'correctionReport-abc',
    subjectTitle: 'Portage',
    whatIsWrong: 'The phone number has changed.',
    email: 'jo@example.com',
    consentToContact: true,
    createdAt: '2026-11-23T10:05:00.000Z',
  };
  const pageUrl = 'https://localoffer.example.gov.uk/local-offer/services/portage/';

  it('makes one email for the comms inbox and one for the provider, each with a stable key', () => {
    const emails = correctionReportEmails({ report, pageUrl, commsEmail: 'comms@example.gov.uk', providerEmail: 'portage@example.org' });
    expect(emails.map((e) => e.key)).toEqual(['correction-report:correctionReport-abc:comms', 'correction-report:correctionReport-abc:provider']);
    const [comms, provider] = emails.map((e) => EmailMessage.parse(e.message));
    expect(comms).toMatchObject({ to: ['comms@example.gov.uk'], replyTo: ['jo@example.com'] });
    expect(provider).toMatchObject({ to: ['portage@example.org'], replyTo: ['comms@example.gov.uk'] });
    expect(JSON.stringify(provider)).not.toContain('jo@example.com');
  });

  it('leaves out the provider email when there is no contact, and the reply-to without consent', () => {
    const emails = correctionReportEmails({ report: { ...report, email: undefined, consentToContact: false }, pageUrl, commsEmail: 'comms@example.gov.uk' });
    expect(emails).toHaveLength(1);
    expect(EmailMessage.parse(emails[0]!.message).replyTo).toBeUndefined();
  });
});

describe('previewAll', () => {
  it('renders every template with sample values, each a valid message', () => {
    const previews = previewAll();
    expect(previews.map((p) => p.id)).toEqual([
      'correction-report-to-comms--with-consent',
      'correction-report-to-comms--no-consent',
      'correction-report-to-provider',
    ]);
    expect(new Set(previews.map((p) => p.id)).size).toBe(previews.length);
    for (const preview of previews) {
      expect(preview.description).not.toBe('');
      expect(EmailMessage.safeParse({ to: 'someone@example.com', ...preview.email }).success).toBe(true);
      expect(preview.email.html).toMatch(/^<!DOCTYPE html>/);
    }
  });
});
