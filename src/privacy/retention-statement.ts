// What the privacy notice says about how long things are kept, written from the same settings and constants the
// purge, the backups and the figures use, so the notice cannot say one thing while the code does another.
import { SUPPRESSION_THRESHOLD } from '../evidence/aggregate.ts';
import { BACKUP_RETENTION_DAYS } from './retention.ts';

export interface RetentionSettings {
  retentionDays: number;
  answerRetentionYears: number;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The "How long we keep it" paragraphs, in plain language. */
export function retentionStatement(settings: RetentionSettings): string[] {
  return [
    `Survey answers are deleted ${plural(settings.answerRetentionYears, 'year')} after they are sent, or straight away if you delete them with your receipt code.`,
    `The figures for each quarter (3 months) are fixed when the quarter ends. They hold no answers, only how many people said what, and we only publish them for groups of ${SUPPRESSION_THRESHOLD} or more people. They stay after the answers are deleted.`,
    `If you tell us information is wrong and give your email address, the address is deleted after ${plural(settings.retentionDays, 'day')}.`,
    'If you sign up for email updates, your address is deleted when you unsubscribe.',
    `Our backups are deleted after ${plural(BACKUP_RETENTION_DAYS, 'day')}. Until then, a backup may still hold something deleted since it was made. If a backup is ever put back, we delete it again.`,
  ];
}
