// A dated entry in an action's action-and-impact log.
import { defineField, defineType } from 'sanity';
import { documentValue } from '../fields.ts';
import { notInFuture } from '../rules.ts';

export const actionUpdate = defineType({
  name: 'actionUpdate',
  title: 'Progress update',
  type: 'object',
  fields: [
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'When this progress was made or reported.',
      validation: (rule) => [
        rule.required(),
        rule.custom(notInFuture('An update cannot be dated in the future')).warning(),
        rule
          .custom((date: string | undefined, context) => {
            const start = documentValue<string>(context, 'startDate');
            return !date || !start || start <= date ? true : `Dated before the action started (${start})`;
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'text',
      title: 'What was done',
      type: 'text',
      rows: 3,
      description: 'Plain English for families: what happened, not how busy people were.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'impact',
      title: 'Difference it made',
      type: 'text',
      rows: 3,
      description: 'Optional: the difference for children and families, with evidence if you have it.',
    }),
  ],
  preview: {
    select: { title: 'text', date: 'date' },
    prepare: ({ title, date }) => ({ title, subtitle: date }),
  },
});
