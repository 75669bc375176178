// Every email template, and previews of each with sample values for the dev page.
import type { RenderedEmail } from '../message.ts';
import { correctionReportToComms, correctionReportToProvider, type CorrectionReportDetails } from './correction-report.ts';

export * from './correction-report.ts';

export interface EmailPreview {
  /** Stable id for a URL, e.g. `correction-report-to-comms--with-consent`. */
  id: string;
  /** Who receives it and when, in words. */
  description: string;
  email: RenderedEmail;
}

const sampleReport: CorrectionReportDetails = {
  reportId: 'correctionReport-3f2a9c',
  subjectTitle: 'Portage home-visiting service',
  pageUrl: 'http://localhost:4321/local-offer/services/portage/',
  whatIsWrong: 'The phone number on this page has changed.\nIt is now 01632 960 123.\n\nAlso, sessions run on Tuesdays & Thursdays, not <Mondays>.',
  reportedAt: new Date('2026-11-23T10:05:00Z'),
  consentToContact: true,
  reporterEmail: 'jo.parent@example.com',
};

/** Every template rendered with sample values, including awkward characters, for the dev page. */
export function previewAll(): EmailPreview[] {
  return [
    {
      id: 'correction-report-to-comms--with-consent',
      description: 'To the comms inbox, when someone reports a problem and agrees to be contacted',
      email: correctionReportToComms(sampleReport),
    },
    {
      id: 'correction-report-to-comms--no-consent',
      description: 'To the comms inbox, when someone reports a problem without leaving contact details',
      email: correctionReportToComms({ ...sampleReport, consentToContact: false, reporterEmail: undefined }),
    },
    {
      id: 'correction-report-to-provider',
      description: "To the provider's contact, when someone reports a problem with their service (never says who reported it)",
      email: correctionReportToProvider(sampleReport),
    },
  ];
}
