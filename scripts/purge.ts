// npm run purge [-- --dry-run]: delete optional contact details and survey answers older than their retention periods,
// and say what went.
// Run it daily (cron, or a scheduled job in production); it is safe to run as often as you like.
import { parseArgs } from 'node:util';
import { pluralFor, purgeContactDetails, purgeExpiredAnswers, RetentionError } from '../src/privacy/retention.ts';
import type { ContentStore } from '../src/store/port.ts';
import { formatDate } from '../src/text/dates.ts';

export const USAGE = `Delete optional contact details (email addresses and consent to contact) older than the retention period
set in the site settings. Reports themselves are kept, without the details. Then delete survey answers older than
the answers' retention period (answerRetentionYears), with any quote taken from them; the figures already published
for their quarters stay.

  npm run purge              remove them, and list what was removed
  npm run purge -- --dry-run list what would be removed, and change nothing`;

export interface PurgeIo {
  store: ContentStore;
  now: () => Date;
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function main(argv: string[], io: PurgeIo): Promise<number> {
  let values: { 'dry-run'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const dryRun = Boolean(values['dry-run']);
  let report;
  try {
    report = await purgeContactDetails(io.store, io.now(), { dryRun });
  } catch (error) {
    if (error instanceof RetentionError) {
      io.err(`${error.message}\nNothing was changed.`);
      return 1;
    }
    throw error;
  }
  const before = formatDate(report.cutoff);
  if (report.purged.length === 0) {
    io.out(`No contact details are older than ${report.retentionDays} days (from before ${before}). Nothing to remove.`);
  } else {
    const byType = new Map<string, typeof report.purged>();
    for (const doc of report.purged) byType.set(doc.type, [...(byType.get(doc.type) ?? []), doc]);
    for (const [type, docs] of byType) {
      const fields = docs[0]!.removed.map((f) => (f === 'email' ? 'email address' : f === 'consentToContact' ? 'consent to contact' : f)).join(' and ');
      io.out(
        `${dryRun ? 'Would remove' : 'Removed'} the ${fields} from ${docs.length} ${docs.length === 1 ? pluralFor(type).replace(/s$/, '') : pluralFor(type)} ` +
          `older than ${report.retentionDays} days (sent before ${before}):`,
      );
      for (const doc of docs) io.out(`  ${doc.id} (sent ${formatDate(doc.date)})`);
    }
  }
  const answers = await purgeExpiredAnswers(io.store, io.now(), { dryRun });
  const sentBefore = formatDate(answers.cutoff);
  if (answers.deleted === 0) {
    io.out(`No survey answers are older than ${answers.years} years (sent before ${sentBefore}). Nothing to delete.`);
  } else {
    const them = `${answers.deleted} survey answer${answers.deleted === 1 ? '' : 's'}`;
    io.out(`${dryRun ? 'Would delete' : 'Deleted'} ${them} older than ${answers.years} years (sent before ${sentBefore}). The figures published for their quarters stay.`);
    for (const page of answers.quotesWithdrawnFrom) io.out(`  Took a quote from them down from ${page}.`);
  }
  if (report.subscriptionsKept > 0) {
    io.out(`Kept ${report.subscriptionsKept} email subscription${report.subscriptionsKept === 1 ? '' : 's'}: they last while the person stays subscribed.`);
  }
  if (dryRun) io.out('Dry run: nothing was changed.');
  return 0;
}

if (import.meta.main) {
  const { loadConfigOrExit } = await import('./lib.ts');
  const { openStore } = await import('../src/store/open-store.ts');
  const { clockFor } = await import('../src/clock/clock.ts');
  const config = loadConfigOrExit();
  const store = await openStore({ sanity: config.sanity, dataDir: config.dataDir, contentDir: config.contentDir, now: clockFor(config) });
  let code = 1;
  try {
    code = await main(process.argv.slice(2), { store, now: clockFor(config), out: (l) => console.log(l), err: (l) => console.error(l) });
  } finally {
    await store.close();
  }
  process.exit(code);
}
