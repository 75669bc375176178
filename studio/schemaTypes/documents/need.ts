// A broad area of need (e.g. "Communication and interaction") that families filter services by.
import { defineField, defineType } from 'sanity';
import { slugField } from '../fields.ts';

export const need = defineType({
  name: 'need',
  title: 'Need',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'e.g. "Autism" or "Social, emotional and mental health".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'A plain-English explanation, without jargon.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'description' } },
});
