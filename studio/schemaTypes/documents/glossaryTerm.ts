// A SEND term or abbreviation explained in plain English (the jargon buster).
import { defineArrayMember, defineField, defineType } from 'sanity';
import { slugField } from '../fields.ts';

export const glossaryTerm = defineType({
  name: 'glossaryTerm',
  title: 'Glossary term',
  type: 'document',
  fields: [
    defineField({
      name: 'term',
      title: 'Term',
      type: 'string',
      description: 'The term in full, e.g. "Education, health and care plan".',
      validation: (rule) => rule.required(),
    }),
    slugField('term'),
    defineField({
      name: 'definition',
      title: 'What it means',
      type: 'text',
      rows: 4,
      description: 'A plain-English explanation a parent new to SEND would understand.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'aliases',
      title: 'Also written as',
      type: 'array',
      description: 'Other spellings and abbreviations that should link here, e.g. "EHCP", "EHC plan".',
      of: [defineArrayMember({ type: 'string' })],
    }),
  ],
  orderings: [{ title: 'A to Z', name: 'term', by: [{ field: 'term', direction: 'asc' }] }],
  preview: {
    select: { title: 'term', aliases: 'aliases', definition: 'definition' },
    prepare: ({ title, aliases, definition }) => ({
      title,
      subtitle: Array.isArray(aliases) && aliases.length ? `Also: ${aliases.join(', ')}` : definition,
    }),
  },
});
