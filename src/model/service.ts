// A service or support in the Local Offer, with everything schedule 2 asks a family be told about it.
import { z } from 'zod';
import { Address, Geo, IsoDate, Key, PortableText, Slug, refTo, systemFields } from './common.ts';

export const COST_KINDS = ['free', 'paid', 'free-and-paid'] as const;
export const REFERRAL_ROUTES = [
  'self-referral',
  'gp',
  'health-visitor',
  'school-or-setting',
  'social-worker',
  'other-professional',
  'ehc-plan',
] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The schedule 2 para 5 questions a school or setting answers about its SEN provision. */
export const SCHEDULE2_QUESTIONS = {
  identifyAndAssess: 'How the school or setting identifies and assesses special educational needs',
  adaptCurriculum: 'How it adapts the curriculum and learning environment',
  additionalSupport: 'Additional learning support available',
  reviewProgress: 'How it reviews progress towards outcomes, with children and parents',
  evaluateEffectiveness: 'How it evaluates the effectiveness of its SEN provision',
  accessibleFacilities: 'Accessible facilities and how they are made accessible',
  inclusionInActivities: 'How children are included in activities with other children',
  wellbeing: 'Support for emotional, mental and social development',
  staffExpertise: 'Expertise and training of staff',
} as const;
export type Schedule2Key = keyof typeof SCHEDULE2_QUESTIONS;

export const Schedule2Answers = z.object(
  Object.fromEntries(Object.keys(SCHEDULE2_QUESTIONS).map((k) => [k, z.string().min(1).optional()])) as Record<
    Schedule2Key,
    z.ZodOptional<z.ZodString>
  >,
);

export const Contact = z.object({
  _key: Key,
  name: z.string().optional(),
  role: z.string().optional(),
  phone: z.string().optional(),
  email: z.email().optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Location = z.object({
  _key: Key,
  name: z.string().min(1),
  address: Address,
  geo: Geo,
  /** Locality of the area, used by the "area" filter. */
  area: z.string().min(1),
  /** Venue accessibility: step-free access, accessible toilet, hearing loop, quiet room… */
  accessibility: z.array(z.string().min(1)).default([]),
});
export type Location = z.infer<typeof Location>;

export const OpeningTime = z.object({
  _key: Key,
  day: z.enum(WEEKDAYS),
  opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'),
  closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'),
  note: z.string().optional(),
});
export type OpeningTime = z.infer<typeof OpeningTime>;

export const Service = z
  .object({
    ...systemFields,
    _type: z.literal('service'),
    title: z.string().min(1),
    slug: Slug,
    provider: refTo('provider'),
    summary: z.string().min(1).max(300, 'keep the summary under 300 characters'),
    description: PortableText,
    agePhases: z.array(refTo('agePhase')).min(1, 'choose at least one age phase'),
    categories: z.array(refTo('category')).min(1, 'choose at least one category'),
    needs: z.array(refTo('need')).default([]),
    ageRange: z.object({ min: z.number().int().min(0).max(25), max: z.number().int().min(0).max(25) }),
    eligibility: z.string().min(1),
    cost: z.object({ kind: z.enum(COST_KINDS), details: z.string().optional() }),
    access: z.object({
      referralRoutes: z.array(z.enum(REFERRAL_ROUTES)).min(1, 'say how families can get this service'),
      howToAccess: z.string().min(1),
    }),
    contacts: z.array(Contact).min(1, 'add at least one way to contact the service'),
    locations: z.array(Location).default([]),
    /** Areas served when the service comes to families (home visits, outreach); locations cover venues. */
    serviceAreas: z.array(z.string().min(1)).default([]),
    openingTimes: z.array(OpeningTime).default([]),
    scheduleNote: z.string().optional(),
    accessibility: z.string().optional(),
    schedule2: Schedule2Answers.optional(),
    lastReviewed: IsoDate,
  })
  .refine((s) => s.ageRange.min <= s.ageRange.max, {
    message: 'the youngest age must not be above the oldest',
    path: ['ageRange', 'max'],
  });
export type Service = z.infer<typeof Service>;
