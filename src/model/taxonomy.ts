// The three ways the Local Offer is organised: age phase, category of support and need.
import { z } from 'zod';
import { Slug, systemFields } from './common.ts';
import { StatutoryTopicKey } from './guide.ts';

export const AGE_PHASE_SLUGS = ['early-years', 'primary', 'secondary', 'preparing-for-adulthood'] as const;

export const AgePhase = z
  .object({
    ...systemFields,
    _type: z.literal('agePhase'),
    title: z.string().min(1),
    slug: Slug,
    minAge: z.number().int().min(0).max(25),
    maxAge: z.number().int().min(0).max(25),
    order: z.number().int(),
    summary: z.string().min(1),
  })
  .refine((p) => p.minAge < p.maxAge, { message: 'minAge must be below maxAge', path: ['maxAge'] });
export type AgePhase = z.infer<typeof AgePhase>;

export const Category = z.object({
  ...systemFields,
  _type: z.literal('category'),
  title: z.string().min(1),
  slug: Slug,
  description: z.string().min(1),
  order: z.number().int(),
  /** Which schedule 2 topics services of this type help to cover, for the coverage report. */
  statutoryTopics: z.array(StatutoryTopicKey).default([]),
});
export type Category = z.infer<typeof Category>;

export const Need = z.object({
  ...systemFields,
  _type: z.literal('need'),
  title: z.string().min(1),
  slug: Slug,
  description: z.string().min(1),
});
export type Need = z.infer<typeof Need>;
