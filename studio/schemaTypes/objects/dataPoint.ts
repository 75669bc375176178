// One reported figure of an impact measure from a data source.
import { defineField, defineType } from 'sanity';
import { notInFuture } from '../rules.ts';

export const dataPoint = defineType({
  name: 'dataPoint',
  title: 'Data point',
  type: 'object',
  fields: [
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'The date the figure describes (the end of the period).',
      validation: (rule) => [rule.required(), rule.custom(notInFuture('A figure cannot describe a period that has not ended')).warning()],
    }),
    defineField({
      name: 'value',
      title: 'Value',
      type: 'number',
      description: 'In the measure\'s unit, e.g. 62 for 62%.',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'note', title: 'Note', type: 'string', description: 'Optional: anything that explains this figure.' }),
  ],
  preview: {
    select: { value: 'value', date: 'date', note: 'note' },
    prepare: ({ value, date, note }) => ({ title: `${value ?? '–'} (${date ?? 'no date'})`, subtitle: note }),
  },
});
