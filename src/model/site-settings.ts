// The single siteSettings document: the local area's name, branding, contact routes and notices.
import { z } from 'zod';
import { PortableText, systemFields } from './common.ts';

/** Years survey answers are kept when the site settings say nothing else. */
export const DEFAULT_ANSWER_RETENTION_YEARS = 3;

export const SiteSettings = z.object({
  ...systemFields,
  _type: z.literal('siteSettings'),
  areaName: z.string().min(1),
  siteTitle: z.string().min(1),
  tagline: z.string().optional(),
  /** True while the content is the shipped sample: the site shows a "sample content" banner. */
  isSampleContent: z.boolean(),
  brandColour: z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour such as "#1d4f91"'),
  contact: z.object({
    phone: z.string().min(1),
    email: z.email(),
    address: z.string().min(1),
    openingHours: z.string().min(1),
  }),
  /** How people without internet access can get the Local Offer (reg 57). */
  offlineCopy: z.string().min(1),
  commsEmail: z.email(),
  accessibilityStatement: PortableText,
  privacyNotice: PortableText,
  /** Days optional contact details are kept before the purge removes them. */
  retentionDays: z.number().int().min(1).max(3650),
  /**
   * Years survey answers are kept before the purge deletes them (their quarters' figures stay, published). Three
   * unless set: long enough to show change over an improvement plan's life.
   */
  answerRetentionYears: z.number().int().min(1).max(10).default(DEFAULT_ANSWER_RETENTION_YEARS),
});
export type SiteSettings = z.infer<typeof SiteSettings>;
