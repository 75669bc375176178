// What families told us and what was done: themes, "You said, we did", correction reports and page feedback.
import { z } from 'zod';
import { IsoDate, IsoDateTime, Key, Slug, refTo, systemFields, weakRefTo } from './common.ts';

/** Reg 54–55: what Local Offer feedback is about. */
export const LOCAL_OFFER_TOPICS = ['content-and-gaps', 'accessibility-of-information', 'how-it-was-developed'] as const;

export const FeedbackTheme = z.object({
  ...systemFields,
  _type: z.literal('feedbackTheme'),
  title: z.string().min(1),
  slug: Slug,
  description: z.string().min(1),
  areas: z.array(refTo('priorityArea')).default([]),
  localOfferTopic: z.enum(LOCAL_OFFER_TOPICS).optional(),
});
export type FeedbackTheme = z.infer<typeof FeedbackTheme>;

/** A quote copied in when the comms team approved it: scrubbed, moderated text only. */
export const ApprovedQuote = z.object({
  _key: Key,
  text: z.string().min(1).max(600),
  /** Who said it, in general terms only ("A parent of a primary-age child"). */
  attribution: z.string().min(1),
  approvedAt: IsoDate,
});
export type ApprovedQuote = z.infer<typeof ApprovedQuote>;

export const YouSaidWeDid = z.object({
  ...systemFields,
  _type: z.literal('youSaidWeDid'),
  title: z.string().min(1),
  slug: Slug,
  publishedAt: IsoDate,
  youSaid: z.string().min(1),
  /** How many comments stand behind the summary. */
  commentCount: z.number().int().min(0),
  quotes: z.array(ApprovedQuote).default([]),
  weDid: z.string().min(1),
  themes: z.array(refTo('feedbackTheme')).default([]),
  actions: z.array(refTo('action')).default([]),
  areas: z.array(refTo('priorityArea')).default([]),
  agePhases: z.array(refTo('agePhase')).default([]),
});
export type YouSaidWeDid = z.infer<typeof YouSaidWeDid>;

export const CORRECTION_STATUSES = ['new', 'in-progress', 'resolved'] as const;

export const CorrectionReport = z
  .object({
    ...systemFields,
    _type: z.literal('correctionReport'),
    /** The service or guide the report is about. */
    subject: weakRefTo('service', 'guide'),
    subjectTitle: z.string().min(1),
    whatIsWrong: z.string().min(1).max(2000),
    email: z.email().optional(),
    consentToContact: z.boolean().default(false),
    createdAt: IsoDateTime,
    status: z.enum(CORRECTION_STATUSES).default('new'),
  })
  .refine((r) => !r.email || r.consentToContact, {
    message: 'an email address may only be kept with consent to contact',
    path: ['consentToContact'],
  });
export type CorrectionReport = z.infer<typeof CorrectionReport>;

export const PageFeedback = z.object({
  ...systemFields,
  _type: z.literal('pageFeedback'),
  path: z.string().regex(/^\/[^\s]*$/, 'expected a site path such as "/local-offer/"'),
  useful: z.boolean(),
  whatWasWrong: z.string().max(1000).optional(),
  createdAt: IsoDateTime,
});
export type PageFeedback = z.infer<typeof PageFeedback>;

/** A search that found nothing, counted by its words; kept only when the words cannot identify anyone. */
export const SearchGap = z.object({
  ...systemFields,
  _type: z.literal('searchGap'),
  query: z.string().min(1).max(60),
  count: z.number().int().min(1),
  firstSeen: IsoDateTime,
  lastSeen: IsoDateTime,
});
export type SearchGap = z.infer<typeof SearchGap>;

/**
 * One impact measure's survey figures for a quarter that has ended, frozen when it ended (decision 007): counts, never
 * an answer, so they survive the answers' deletion. Sanity mode keeps these documents; the embedded store keeps the
 * same counts in its published_quarters table.
 */
export const PublishedQuarter = z.object({
  ...systemFields,
  _type: z.literal('publishedQuarter'),
  /** The impact measure's id. */
  measure: z.string().min(1),
  /** "2026-Q3": a calendar quarter on the London calendar. */
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'expected a quarter such as 2026-Q3'),
  /** Responses that counted towards the measure in that quarter. */
  n: z.number().int().min(0),
  /** Of those, the positive ones. */
  positive: z.number().int().min(0),
  publishedAt: IsoDateTime,
});
export type PublishedQuarter = z.infer<typeof PublishedQuarter>;

/** What someone can ask to be emailed about. */
export const SUBSCRIPTION_TOPICS = ['you-said-we-did', 'plan-updates'] as const;
export type SubscriptionTopic = (typeof SUBSCRIPTION_TOPICS)[number];

/**
 * Someone who asked for email updates and confirmed it from the link we sent them (double opt-in): the address is
 * stored only then, with the moment they confirmed as the record of their consent, and deleted when they unsubscribe.
 */
export const Subscription = z.object({
  ...systemFields,
  _type: z.literal('subscription'),
  email: z.email(),
  topics: z.array(z.enum(SUBSCRIPTION_TOPICS)).min(1, 'choose at least one kind of update'),
  confirmedAt: IsoDateTime,
});
export type Subscription = z.infer<typeof Subscription>;
