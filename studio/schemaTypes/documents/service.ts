// A service or support in the Local Offer, with everything schedule 2 says families must be told about it.
import { defineArrayMember, defineField, defineType, type Reference } from 'sanity';
import { SCHOOL_OR_SETTING_KINDS, costKinds, referralRoutes } from '../lists.ts';
import { documentValue, parentValue, portableTextField, slugField } from '../fields.ts';
import { agesCoveredByPhases, jargonRule, phasesFitAges, reviewRule, today } from '../rules.ts';
import { reviewedSubtitle } from '../../lib/previews.ts';
import { isOverdueForReview } from '../../lib/review.ts';
import { serviceTextFields } from '../../lib/jargon.ts';

export const service = defineType({
  name: 'service',
  title: 'Service',
  type: 'document',
  groups: [
    { name: 'about', title: 'About', default: true },
    { name: 'who', title: 'Who it is for' },
    { name: 'access', title: 'Getting it' },
    { name: 'where', title: 'Where and when' },
    { name: 'schedule2', title: 'Schools and settings' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Name of the service',
      type: 'string',
      group: 'about',
      description: 'What families would search for, e.g. "Speech and language therapy".',
      validation: (rule) => rule.required(),
    }),
    { ...slugField('title'), group: 'about' },
    defineField({
      name: 'provider',
      title: 'Provider',
      type: 'reference',
      to: [{ type: 'provider' }],
      group: 'about',
      description: 'Who runs it.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: 'about',
      description: 'One or two sentences shown in search results; at most 300 characters.',
      validation: (rule) => rule.required().max(300),
    }),
    portableTextField({
      name: 'description',
      title: 'Description',
      description: 'What the service does and what a family can expect. Short paragraphs, headings and lists.',
      required: true,
      group: 'about',
    }),
    defineField({
      name: 'agePhases',
      title: 'Age phases',
      type: 'array',
      group: 'who',
      description: 'Every phase the service is for; the site lists it under each. They must fit the ages below.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'agePhase' }] })],
      validation: (rule) => [
        rule.required().min(1).error('Choose at least one age phase'),
        rule.custom(phasesFitAges),
        rule.custom(agesCoveredByPhases).warning(),
      ],
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'who',
      description: 'The kinds of support it gives.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
      validation: (rule) => rule.required().min(1).error('Choose at least one category'),
    }),
    defineField({
      name: 'needs',
      title: 'Needs',
      type: 'array',
      group: 'who',
      description: 'Optional: the needs it is for. Leave empty if it is for any child with SEND.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'need' }] })],
    }),
    defineField({
      name: 'ageRange',
      title: 'Ages',
      type: 'object',
      group: 'who',
      description: 'The youngest and oldest ages served, in years (0 to 25).',
      options: { columns: 2 },
      validation: (rule) => rule.required(),
      fields: [
        defineField({
          name: 'min',
          title: 'From age',
          type: 'number',
          description: 'Youngest age, 0 to 25.',
          validation: (rule) => rule.required().integer().min(0).max(25),
        }),
        defineField({
          name: 'max',
          title: 'To age',
          type: 'number',
          description: 'Oldest age, 0 to 25; not below the youngest.',
          validation: (rule) =>
            rule
              .required()
              .integer()
              .min(0)
              .max(25)
              .custom((max: number | undefined, context) => {
                const min = parentValue<number>(context, 'min');
                return max === undefined || min === undefined || min <= max ? true : 'The oldest age must not be below the youngest';
              }),
        }),
      ],
    }),
    defineField({
      name: 'eligibility',
      title: 'Who can use it',
      type: 'text',
      rows: 3,
      group: 'who',
      description: 'The eligibility criteria, in plain English. Say "Any family" if there are none.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'cost',
      title: 'Cost',
      type: 'object',
      group: 'access',
      description: 'Whether families pay.',
      validation: (rule) => rule.required(),
      fields: [
        defineField({
          name: 'kind',
          title: 'Cost',
          type: 'string',
          description: 'Free, paid, or some of each.',
          options: { list: costKinds, layout: 'radio' },
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'details',
          title: 'Details',
          type: 'text',
          rows: 2,
          description: 'Optional: prices, and any help with costs.',
        }),
      ],
    }),
    defineField({
      name: 'access',
      title: 'How to get it',
      type: 'object',
      group: 'access',
      description: 'How families get the service.',
      validation: (rule) => rule.required(),
      fields: [
        defineField({
          name: 'referralRoutes',
          title: 'Routes in',
          type: 'array',
          description: 'Every way a family can be referred, including contacting the service themselves.',
          of: [defineArrayMember({ type: 'string' })],
          options: { list: referralRoutes },
          validation: (rule) => rule.required().min(1).error('Say how families can get this service'),
        }),
        defineField({
          name: 'howToAccess',
          title: 'How to access it',
          type: 'text',
          rows: 3,
          description: 'The steps, in order, as you would explain them on the phone.',
          validation: (rule) => rule.required(),
        }),
      ],
    }),
    defineField({
      name: 'contacts',
      title: 'Contacts',
      type: 'array',
      group: 'access',
      description: 'At least one way to get in touch.',
      of: [defineArrayMember({ type: 'contact' })],
      validation: (rule) => rule.required().min(1).error('Add at least one way to contact the service'),
    }),
    defineField({
      name: 'locations',
      title: 'Venues',
      type: 'array',
      group: 'where',
      description: 'Where families go to use the service. Leave empty if it comes to them.',
      of: [defineArrayMember({ type: 'location' })],
    }),
    defineField({
      name: 'serviceAreas',
      title: 'Areas covered',
      type: 'array',
      group: 'where',
      description: 'For home visits and outreach: the localities served, spelt as in the "Area" of venues.',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({
      name: 'openingTimes',
      title: 'Opening times',
      type: 'array',
      group: 'where',
      description: 'Regular weekly opening times.',
      of: [defineArrayMember({ type: 'openingTime' })],
    }),
    defineField({
      name: 'scheduleNote',
      title: 'Opening times note',
      type: 'text',
      rows: 2,
      group: 'where',
      description: 'Optional: term-time only, bank holidays, by appointment…',
    }),
    defineField({
      name: 'accessibility',
      title: 'Accessibility of the service',
      type: 'text',
      rows: 3,
      group: 'where',
      description: 'Optional: interpreters, easy read, quiet times, support for disabled parents…',
    }),
    defineField({
      name: 'schedule2',
      title: 'Schedule 2 answers',
      type: 'schedule2Answers',
      group: 'schedule2',
      description: 'Only for services run by schools and settings: their answers to the schedule 2 questions.',
      // Soft checks: the rule in the regulations depends on the provider, which lives in another document.
      validation: (rule) =>
        rule
          .custom(async (answers: Record<string, string | undefined> | undefined, context) => {
            const provider = documentValue<Reference>(context, 'provider');
            if (!provider?._ref) return true;
            const kind = await context
              .getClient({ apiVersion: '2025-02-19' })
              .fetch<string | null>('*[_id in [$id, "drafts." + $id]][0].kind', { id: provider._ref });
            if (!kind) return true;
            const answered = Object.values(answers ?? {}).some(Boolean);
            if (SCHOOL_OR_SETTING_KINDS.has(kind)) {
              return answered ? true : 'Schools and settings must answer the schedule 2 questions';
            }
            return answered ? 'Only schools and settings answer the schedule 2 questions; the site will not show these' : true;
          })
          .warning(),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed',
      type: 'date',
      group: 'about',
      description: 'When someone last checked every detail with the provider. Shown to families.',
      validation: (rule) => [
        rule.required(),
        rule.custom(reviewRule('check it with the provider, then use "Mark as reviewed today"')).warning(),
      ],
    }),
  ],
  // Abbreviations families may not know must be in the glossary, so the site can link them to an explanation.
  validation: (rule) => rule.custom(jargonRule(serviceTextFields)).warning(),
  preview: {
    select: {
      title: 'title',
      provider: 'provider.name',
      lastReviewed: 'lastReviewed',
      min: 'ageRange.min',
      max: 'ageRange.max',
      phase0: 'agePhases.0.title',
      phase1: 'agePhases.1.title',
      phase2: 'agePhases.2.title',
      phase3: 'agePhases.3.title',
    },
    prepare: ({ title, provider, lastReviewed, min, max, phase0, phase1, phase2, phase3 }) => ({
      title,
      subtitle: [
        reviewedSubtitle(lastReviewed, today(), isOverdueForReview),
        [phase0, phase1, phase2, phase3].filter(Boolean).join(', ') || undefined,
        min !== undefined && max !== undefined ? `ages ${min} to ${max}` : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
      description: provider,
    }),
  },
});
