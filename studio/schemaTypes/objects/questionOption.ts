// One choice offered by a survey question.
import { defineField, defineType } from 'sanity';
import { OPTION_VALUE } from '../patterns.ts';

export const questionOption = defineType({
  name: 'questionOption',
  title: 'Option',
  type: 'object',
  fields: [
    defineField({
      name: 'value',
      title: 'Stored value',
      type: 'string',
      description: 'Lower-case words joined by hyphens, e.g. "very-happy". Never change it once responses exist.',
      validation: (rule) => [
        rule.required(),
        rule.regex(OPTION_VALUE).error('Use lower-case letters, digits and hyphens, e.g. "very-happy"'),
      ],
    }),
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'What people see, in plain words.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'symbol',
      title: 'Symbol',
      type: 'string',
      description: 'Optional emoji or symbol shown beside the label on easy read pages; never on its own.',
    }),
  ],
  preview: {
    select: { label: 'label', value: 'value', symbol: 'symbol' },
    prepare: ({ label, value, symbol }) => ({ title: [symbol, label].filter(Boolean).join(' '), subtitle: value }),
  },
});
