// "Is this information correct?": the form's rules and the report it becomes.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CorrectionReport } from '../model/index.ts';

export const WHAT_IS_WRONG_MAX = 2000;

/** What the form posts. Messages follow the GOV.UK error message patterns. */
export const CorrectionForm = z
  .object({
    subject: z.string().regex(/^(service|guide)-[a-z0-9_-]+$/i, 'The page you are reporting could not be found'),
    whatIsWrong: z
      .string({ error: 'Tell us what is wrong' })
      .trim()
      .min(1, 'Tell us what is wrong')
      .max(WHAT_IS_WRONG_MAX, `What is wrong must be ${WHAT_IS_WRONG_MAX} characters or fewer`),
    // Astro's form parsing gives null for an empty optional field.
    email: z
      .string()
      .trim()
      .max(254, 'Email address must be 254 characters or fewer')
      .nullish()
      .transform((v) => v || undefined)
      .pipe(z.email('Enter an email address in the correct format, like name@example.com').optional()),
    // A plain boolean with a default: Astro turns the checkbox into true/false only when it can see a bare boolean.
    consent: z.boolean().default(false),
    /** Honeypot: hidden from people, filled in by bots. */
    website: z.string().max(500).nullish(),
  })
  .refine((f) => !f.email || f.consent, {
    message: 'Tick the box if we can contact you about your report, or remove your email address',
    path: ['consent'],
  });
export type CorrectionForm = z.infer<typeof CorrectionForm>;

export function isLikelyBot(form: Pick<CorrectionForm, 'website'>): boolean {
  return Boolean(form.website && form.website.trim());
}

/** The stored report: the email address is kept only with consent (the form already insists on it). */
export function toCorrectionReport(form: CorrectionForm, subjectTitle: string, now: Date, id = `correctionReport-${randomUUID()}`): CorrectionReport {
  return {
    _id: id,
    _type: 'correctionReport',
    subject: { _type: 'reference', _ref: form.subject, _weak: true },
    subjectTitle,
    whatIsWrong: form.whatIsWrong,
    ...(form.email && form.consent ? { email: form.email } : {}),
    consentToContact: Boolean(form.email && form.consent),
    createdAt: now.toISOString(),
    status: 'new',
  };
}
