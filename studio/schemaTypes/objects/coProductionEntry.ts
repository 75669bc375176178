// A record of how children, young people or families were involved in an action.
import { defineField, defineType } from 'sanity';
import { coProductionInvolvement, titleOf } from '../lists.ts';
import { notInFuture } from '../rules.ts';

export const coProductionEntry = defineType({
  name: 'coProductionEntry',
  title: 'Co-production',
  type: 'object',
  fields: [
    defineField({
      name: 'group',
      title: 'Who',
      type: 'string',
      description: 'The group involved, e.g. "Parent carer forum" or "Youth council".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'involvement',
      title: 'How they were involved',
      type: 'string',
      description: 'Co-produced means they shaped it from the start; be honest if they were only consulted.',
      options: { list: coProductionInvolvement, layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'When the involvement happened.',
      validation: (rule) => [rule.required(), rule.custom(notInFuture('Record involvement once it has happened')).warning()],
    }),
    defineField({ name: 'note', title: 'Note', type: 'text', rows: 2, description: 'Optional: what changed because of it.' }),
  ],
  preview: {
    select: { group: 'group', involvement: 'involvement', date: 'date' },
    prepare: ({ group, involvement, date }) => ({
      title: group,
      subtitle: [titleOf(coProductionInvolvement, involvement), date].filter(Boolean).join(' · '),
    }),
  },
});
