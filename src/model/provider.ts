// Organisations that run services: the council, the NHS, schools and settings, charities and businesses.
import { z } from 'zod';
import { Slug, systemFields } from './common.ts';

/** Types of provider named in the SEND Regulations 2014, schedule 2. */
export const PROVIDER_KINDS = [
  'local-authority',
  'nhs',
  'early-years-setting',
  'maintained-school',
  'academy',
  'special-school',
  'non-maintained-special-school',
  'post-16-institution',
  'independent-specialist-provider',
  'alternative-provision',
  'voluntary-community',
  'private',
] as const;
export const ProviderKind = z.enum(PROVIDER_KINDS);

/** Schools and settings must answer the schedule 2 para 5 questions on their services. */
export const SCHOOL_OR_SETTING_KINDS: ReadonlySet<string> = new Set([
  'early-years-setting',
  'maintained-school',
  'academy',
  'special-school',
  'non-maintained-special-school',
  'post-16-institution',
  'independent-specialist-provider',
  'alternative-provision',
]);

export const Provider = z.object({
  ...systemFields,
  _type: z.literal('provider'),
  name: z.string().min(1),
  slug: Slug,
  kind: ProviderKind,
  description: z.string().optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  email: z.email().optional(),
  phone: z.string().optional(),
});
export type Provider = z.infer<typeof Provider>;
