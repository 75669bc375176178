// Information and advice pages, and the glossary that explains SEND jargon.
import { z } from 'zod';
import { IsoDate, PortableText, Slug, refTo, systemFields } from './common.ts';

/** Statutory topics from SEND Regulations 2014 schedule 2 and Code of Practice ch. 4, for the coverage report. */
export const STATUTORY_TOPICS = {
  'identification-and-assessment': 'Identifying needs and assessment, including requesting an EHC needs assessment',
  'sen-support': 'Special educational provision and SEN support in schools and settings',
  'health-provision': 'Health provision',
  'social-care-and-short-breaks': 'Social care provision, including short breaks',
  'education-and-training': 'Other education and training: apprenticeships, traineeships, supported internships',
  travel: 'Travel arrangements to and from schools, colleges and settings',
  'preparing-for-adulthood': 'Transitions and preparing for adulthood: employment, housing, independent living, community',
  'information-advice-support': 'Information, advice and support, including IASS and the parent carer forum',
  childcare: 'Childcare',
  leisure: 'Leisure activities',
  'complaints-and-appeals': 'Complaints, mediation, disagreement resolution and tribunal appeals',
  'funding-and-personal-budgets': 'Funding arrangements and personal budgets',
  'provision-outside-area': 'Provision outside the local area',
} as const;
export type StatutoryTopic = keyof typeof STATUTORY_TOPICS;
export const StatutoryTopicKey = z.enum(Object.keys(STATUTORY_TOPICS) as [StatutoryTopic, ...StatutoryTopic[]]);

export const Guide = z.object({
  ...systemFields,
  _type: z.literal('guide'),
  title: z.string().min(1),
  slug: Slug,
  summary: z.string().min(1).max(300),
  body: PortableText.min(1, 'a guide needs some content'),
  topics: z.array(StatutoryTopicKey).default([]),
  agePhases: z.array(refTo('agePhase')).default([]),
  lastReviewed: IsoDate,
});
export type Guide = z.infer<typeof Guide>;

export const GlossaryTerm = z.object({
  ...systemFields,
  _type: z.literal('glossaryTerm'),
  term: z.string().min(1),
  slug: Slug,
  definition: z.string().min(1),
  /** Other spellings or abbreviations that should link to this term ("EHCP", "EHC plan"). */
  aliases: z.array(z.string().min(1)).default([]),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
