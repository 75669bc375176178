// A quote the comms team approved for publication, copied in already scrubbed and in general attribution only.
import { defineField, defineType } from 'sanity';

export const approvedQuote = defineType({
  name: 'approvedQuote',
  title: 'Quote',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'Quote',
      type: 'text',
      rows: 4,
      description: 'Exactly as approved in moderation. No names or details that could identify anyone.',
      validation: (rule) => rule.required().max(600),
    }),
    defineField({
      name: 'attribution',
      title: 'Who said it',
      type: 'string',
      description: 'In general terms only, e.g. "A parent of a primary-age child".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'approvedAt',
      title: 'Approved on',
      type: 'date',
      description: 'When it was approved for publication.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: { select: { title: 'text', subtitle: 'attribution' } },
});
