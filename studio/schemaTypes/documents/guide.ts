// An information and advice page, tagged with the statutory topics it covers for the coverage report.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { statutoryTopics } from '../lists.ts';
import { portableTextField, slugField } from '../fields.ts';
import { jargonRule, reviewRule, today } from '../rules.ts';
import { reviewedSubtitle } from '../../lib/previews.ts';
import { isOverdueForReview } from '../../lib/review.ts';
import { guideTextFields } from '../../lib/jargon.ts';

export const guide = defineType({
  name: 'guide',
  title: 'Guide',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'A question or task in families\' words, e.g. "How to ask for an EHC needs assessment".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'One or two sentences shown in search results; at most 300 characters.',
      validation: (rule) => rule.required().max(300),
    }),
    portableTextField({
      name: 'body',
      title: 'Content',
      description: 'The guide itself. Use headings so people can scan it, and link to services and other guides.',
      minBlocks: 1,
      minBlocksMessage: 'A guide needs some content',
    }),
    defineField({
      name: 'topics',
      title: 'Statutory topics',
      type: 'array',
      description: 'What the Local Offer must cover that this guide explains. Drives the coverage report.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: statutoryTopics },
    }),
    defineField({
      name: 'agePhases',
      title: 'Age phases',
      type: 'array',
      description: 'Optional: the phases this guide is mainly for. Leave empty if it is for everyone.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'agePhase' }] })],
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed',
      type: 'date',
      description: 'When someone last checked it was accurate. Shown to families.',
      validation: (rule) => [
        rule.required(),
        rule.custom(reviewRule('check it is still right')).warning(),
      ],
    }),
  ],
  validation: (rule) => rule.custom(jargonRule(guideTextFields)).warning(),
  preview: {
    select: { title: 'title', lastReviewed: 'lastReviewed' },
    prepare: ({ title, lastReviewed }) => ({ title, subtitle: reviewedSubtitle(lastReviewed, today(), isOverdueForReview) }),
  },
});
