// Tells the comms team and the provider about a correction report, through the durable mailer (Resend or the outbox).
import { correctionReportEmails, getMailer, InvalidEmailError } from '../../src/email/index.ts';
import type { AnyDocument, CorrectionReport } from '../../src/model/index.ts';
import { getSiteSettings } from './site-data.ts';
import { getConfig } from './config.ts';
import { getStore } from './store.ts';

/** The provider's contact for a service: the service's own contact email, else its provider's. */
async function providerEmailFor(subject: AnyDocument): Promise<string | undefined> {
  if (subject._type !== 'service') return undefined;
  const own = subject.contacts.find((c) => c.email)?.email;
  if (own) return own;
  const provider = await (await getStore()).getDocument(subject.provider._ref);
  return provider?._type === 'provider' ? provider.email : undefined;
}

/** Resolves once both emails are durably queued; delivery (with retries) carries on in the background. */
export async function notifyCorrection(report: CorrectionReport, subject: AnyDocument): Promise<void> {
  const config = getConfig();
  const settings = await getSiteSettings();
  const slug = subject._type === 'service' || subject._type === 'guide' ? subject.slug.current : '';
  const pageUrl = `${config.siteUrl}/${subject._type === 'service' ? 'services' : 'guides'}/${slug}/`;
  const mailer = getMailer({ config: config.email, dataDir: config.dataDir });
  const emails = correctionReportEmails({
    report,
    pageUrl,
    commsEmail: config.email.commsEmail ?? settings.commsEmail,
    providerEmail: await providerEmailFor(subject),
  });
  for (const { key, message } of emails) {
    try {
      await mailer.send(key, message);
    } catch (error) {
      // A malformed address in the content must not lose the report itself, which is already stored.
      if (error instanceof InvalidEmailError) console.error(`Could not queue email ${key}: ${error.message}`);
      else throw error;
    }
  }
}
