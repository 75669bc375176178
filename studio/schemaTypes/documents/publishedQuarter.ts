// A measure's survey figures for a quarter that has ended, written by the site when the quarter ends and never changed:
// the plan's charts keep these counts after the answers behind them are deleted (decision 007).
import { defineField, defineType } from 'sanity';

export const publishedQuarter = defineType({
  name: 'publishedQuarter',
  title: 'Published quarterly figures',
  type: 'document',
  liveEdit: true,
  // Published figures are frozen: an edit here would change what the plan has already said.
  readOnly: true,
  fields: [
    defineField({
      name: 'measure',
      title: 'Impact measure',
      type: 'string',
      description: 'The id of the impact measure these figures are for.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'quarter',
      title: 'Quarter',
      type: 'string',
      description: 'The calendar quarter, such as 2026-Q3 (July to September 2026).',
      validation: (rule) => rule.required().regex(/^\d{4}-Q[1-4]$/, { name: 'quarter' }),
    }),
    defineField({
      name: 'n',
      title: 'Responses counted',
      type: 'number',
      description: 'Responses that answered a question linked to the measure in that quarter.',
      validation: (rule) => rule.required().integer().min(0),
    }),
    defineField({
      name: 'positive',
      title: 'Positive responses',
      type: 'number',
      description: 'Of those, the ones that gave a positive answer.',
      validation: (rule) => rule.required().integer().min(0),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      description: 'When the site fixed these figures, just after the quarter ended.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { measure: 'measure', quarter: 'quarter', n: 'n' },
    prepare: ({ measure, quarter, n }) => ({ title: `${quarter ?? ''}: ${measure ?? ''}`, subtitle: `${n ?? 0} responses counted` }),
  },
});
