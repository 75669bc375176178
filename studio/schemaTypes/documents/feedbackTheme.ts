// A theme that feedback is tagged with, linking what families said to plan areas and Local Offer topics.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { localOfferTopics, titleOf } from '../lists.ts';
import { slugField } from '../fields.ts';

export const feedbackTheme = defineType({
  name: 'feedbackTheme',
  title: 'Feedback theme',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Theme',
      type: 'string',
      description: 'Short, e.g. "Waiting for assessments".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'What feedback belongs under this theme, so everyone tags it the same way.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'areas',
      title: 'Priority areas',
      type: 'array',
      description: 'The plan areas this theme is evidence for.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'priorityArea' }] })],
    }),
    defineField({
      name: 'localOfferTopic',
      title: 'Local Offer feedback topic',
      type: 'string',
      description: 'Regulations 54 and 55: what Local Offer feedback is about. Leave empty for other themes.',
      options: { list: localOfferTopics },
    }),
  ],
  preview: {
    select: { title: 'title', topic: 'localOfferTopic', description: 'description' },
    prepare: ({ title, topic, description }) => ({ title, subtitle: topic ? titleOf(localOfferTopics, topic) : description }),
  },
});
