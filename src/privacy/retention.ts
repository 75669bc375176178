// Retention: optional contact details are deleted once they are older than siteSettings.retentionDays, and survey
// answers once they are older than siteSettings.answerRetentionYears (their quarters' figures stay, published).
import { DEFAULT_ANSWER_RETENTION_YEARS } from '../model/index.ts';
import type { ContentStore } from '../store/port.ts';
import { eraseFeedback } from './erase.ts';

/** Days a backup of the database may be kept (`npm run backup`): erased answers survive in it until then. */
export const BACKUP_RETENTION_DAYS = 35;
/** Answers erased in one go by the purge: one transaction each, so a long backlog never makes one huge write. */
const ANSWERS_PER_ERASURE = 500;

const DAY_MS = 86_400_000;

/** Where optional contact details live, and how to remove them while keeping the rest of the document. */
export interface ContactDetailsRule {
  type: string;
  /** What people call these documents in a sentence ("correction reports"). */
  plural: string;
  dateField: string;
  /** GROQ: the document still holds contact details. */
  holdsContact: string;
  unset: string[];
  set: Record<string, unknown>;
}

export const CONTACT_DETAILS_RULES: readonly ContactDetailsRule[] = [
  {
    type: 'correctionReport',
    plural: 'correction reports',
    dateField: 'createdAt',
    holdsContact: 'defined(email) || consentToContact == true',
    unset: ['email'],
    set: { consentToContact: false },
  },
];

export interface PurgedDocument {
  id: string;
  type: string;
  /** When it was sent (the rule's date field). */
  date: string;
  removed: string[];
}

export interface PurgeReport {
  retentionDays: number;
  /** Contact details from before this moment were removed. */
  cutoff: string;
  purged: PurgedDocument[];
  /** Email subscriptions are kept while the person stays subscribed: they are deleted when they unsubscribe. */
  subscriptionsKept: number;
}

export class RetentionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetentionError';
  }
}

/** The retention period from the site settings, in days. */
export async function retentionDays(store: ContentStore): Promise<number> {
  const days = await store.query<number | null>('*[_type == "siteSettings"][0].retentionDays');
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
    throw new RetentionError('The site settings have no retention period (retentionDays): set one in the Studio, e.g. 365');
  }
  return days;
}

/**
 * Remove contact details older than the retention period; with `dryRun`, only say what would go. Idempotent: a
 * document already purged no longer matches, and the patch removes fields rather than writing values read earlier.
 */
export async function purgeContactDetails(store: ContentStore, now: Date, options: { dryRun?: boolean } = {}): Promise<PurgeReport> {
  const days = await retentionDays(store);
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const purged: PurgedDocument[] = [];
  for (const rule of CONTACT_DETAILS_RULES) {
    const expired = await store.query<{ _id: string; date: string }[]>(
      `*[_type == $type && dateTime(${rule.dateField}) < dateTime($cutoff) && (${rule.holdsContact})] | order(${rule.dateField} asc){ _id, "date": ${rule.dateField} }`,
      { type: rule.type, cutoff },
      { dataset: 'feedback' },
    );
    for (const doc of expired) {
      if (!options.dryRun) await store.patch(doc._id, { unset: rule.unset, set: rule.set }, { dataset: 'feedback' });
      purged.push({ id: doc._id, type: rule.type, date: doc.date, removed: [...rule.unset, ...Object.keys(rule.set)] });
    }
  }
  const subscriptionsKept = await store.query<number>('count(*[_type == "subscription"])', {}, { dataset: 'feedback' });
  return { retentionDays: days, cutoff, purged, subscriptionsKept };
}

export function pluralFor(type: string): string {
  return CONTACT_DETAILS_RULES.find((r) => r.type === type)?.plural ?? `${type} documents`;
}

export interface AnswerPurgeReport {
  years: number;
  /** Answers sent before this moment were deleted. */
  cutoff: string;
  /** How many were deleted (or, in a dry run, would be). */
  deleted: number;
  /** "You said, we did" pages a quote from them was taken down from. */
  quotesWithdrawnFrom: string[];
}

/** The answer retention period from the site settings, in years. */
export async function answerRetentionYears(store: ContentStore): Promise<number> {
  const years = await store.query<number | null>('*[_type == "siteSettings"][0].answerRetentionYears');
  return typeof years === 'number' && Number.isInteger(years) && years >= 1 ? years : DEFAULT_ANSWER_RETENTION_YEARS;
}

/** `years` calendar years before `now` (29 February goes to 28 February). */
export function yearsBefore(now: Date, years: number): Date {
  const then = new Date(now);
  then.setUTCFullYear(now.getUTCFullYear() - years);
  if (then.getUTCMonth() !== now.getUTCMonth()) then.setUTCDate(0);
  return then;
}

/**
 * Delete survey answers older than the retention period, through the one erasure routine: quotes taken from them
 * come down first, and every quarter that has ended is published before anything goes, so old chart points keep
 * their figures without the answers. With `dryRun`, only count them.
 */
export async function purgeExpiredAnswers(store: ContentStore, now: Date, options: { dryRun?: boolean } = {}): Promise<AnswerPurgeReport> {
  const years = await answerRetentionYears(store);
  const cutoff = yearsBefore(now, years).toISOString();
  const ids = await store.query<string[]>('*[_type == "surveyResponse" && dateTime(submittedAt) < dateTime($cutoff)]._id', { cutoff }, { dataset: 'feedback' });
  const withdrawn = new Set<string>();
  if (!options.dryRun) {
    for (let i = 0; i < ids.length; i += ANSWERS_PER_ERASURE) {
      const report = await eraseFeedback(store, ids.slice(i, i + ANSWERS_PER_ERASURE), `kept longer than ${years} years`, now);
      for (const page of report.quotesWithdrawnFrom) withdrawn.add(page);
    }
  }
  return { years, cutoff, deleted: ids.length, quotesWithdrawnFrom: [...withdrawn] };
}
