// An age phase of the Local Offer (early years, primary, secondary, preparing for adulthood).
import { defineField, defineType, type SlugValue } from 'sanity';
import { AGE_PHASE_SLUGS } from '../lists.ts';
import { documentValue, slugField } from '../fields.ts';

const knownSlugs: readonly string[] = AGE_PHASE_SLUGS;

export const agePhase = defineType({
  name: 'agePhase',
  title: 'Age phase',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'As families say it, e.g. "Primary (5 to 11)".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'minAge',
      title: 'Youngest age',
      type: 'number',
      description: 'In years, 0 to 25.',
      validation: (rule) => rule.required().integer().min(0).max(25),
    }),
    defineField({
      name: 'maxAge',
      title: 'Oldest age',
      type: 'number',
      description: 'In years, 0 to 25; above the youngest age.',
      validation: (rule) =>
        rule
          .required()
          .integer()
          .min(0)
          .max(25)
          .custom((max: number | undefined, context) => {
            const min = documentValue<number>(context, 'minAge');
            return max === undefined || min === undefined || min < max ? true : 'The oldest age must be above the youngest';
          }),
    }),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      description: 'Where the phase appears in lists: 1 for the youngest.',
      validation: (rule) => rule.required().integer(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown on the phase page.',
      validation: (rule) => rule.required(),
    }),
  ],
  // The site has one page per phase at /local-offer/{slug}/: a phase with another slug gets no page.
  validation: (rule) =>
    rule
      .custom((doc) => {
        const slug = (doc?.slug as SlugValue | undefined)?.current;
        return !slug || knownSlugs.includes(slug)
          ? true
          : { message: `The site has pages only for ${AGE_PHASE_SLUGS.join(', ')}`, path: ['slug'] };
      })
      .warning(),
  orderings: [{ title: 'Order', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', minAge: 'minAge', maxAge: 'maxAge' },
    prepare: ({ title, minAge, maxAge }) => ({ title, subtitle: `Ages ${minAge ?? '?'} to ${maxAge ?? '?'}` }),
  },
});
