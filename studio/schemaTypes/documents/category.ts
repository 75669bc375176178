// A category of support (e.g. "Health", "Education", "Short breaks") that services are grouped by.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { statutoryTopics } from '../lists.ts';
import { slugField } from '../fields.ts';

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Short and in families\' words, e.g. "Short breaks".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences on what families will find here.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      description: 'Where the category appears in lists: lower numbers first.',
      validation: (rule) => rule.required().integer(),
    }),
    defineField({
      name: 'statutoryTopics',
      title: 'Statutory topics',
      type: 'array',
      description: 'What the Local Offer must cover that services in this category help to cover. Drives the coverage report.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: statutoryTopics },
    }),
  ],
  orderings: [{ title: 'Order', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: { select: { title: 'title', subtitle: 'description' } },
});
