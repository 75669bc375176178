// A published "You said, we did": a summary of what families said and what was done, with approved quotes.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { documentValue, slugField } from '../fields.ts';
import { notInFuture } from '../rules.ts';

export const youSaidWeDid = defineType({
  name: 'youSaidWeDid',
  title: 'You said, we did',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'e.g. "Clearer information about short breaks".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'date',
      description: 'The date shown on the site and in the feed.',
      validation: (rule) => [rule.required(), rule.custom(notInFuture('The published date is in the future')).warning()],
    }),
    defineField({
      name: 'youSaid',
      title: 'You said',
      type: 'text',
      rows: 4,
      description: 'A fair, anonymised summary of the comments, including the critical ones.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'commentCount',
      title: 'Number of comments',
      type: 'number',
      description: 'How many comments stand behind the summary.',
      validation: (rule) => [
        rule.required().integer().min(0),
        rule
          .custom((count: number | undefined, context) => {
            const quotes = documentValue<unknown[]>(context, 'quotes')?.length ?? 0;
            return count === undefined || count >= quotes ? true : `There are ${quotes} quotes but only ${count} comments`;
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'quotes',
      title: 'Quotes',
      type: 'array',
      description: 'Optional: quotes approved in moderation.',
      of: [defineArrayMember({ type: 'approvedQuote' })],
    }),
    defineField({
      name: 'weDid',
      title: 'We did',
      type: 'text',
      rows: 4,
      description: 'What changed, or what will change and when. If nothing, say why.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'themes',
      title: 'Themes',
      type: 'array',
      description: 'The feedback themes this responds to.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'feedbackTheme' }] })],
    }),
    defineField({
      name: 'actions',
      title: 'Plan actions',
      type: 'array',
      description: 'The improvement-plan actions that did something about it.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'action' }] })],
    }),
    defineField({
      name: 'areas',
      title: 'Priority areas',
      type: 'array',
      description: 'The plan areas it relates to.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'priorityArea' }] })],
    }),
    defineField({
      name: 'agePhases',
      title: 'Age phases',
      type: 'array',
      description: 'Optional: the age phases it is mainly about.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'agePhase' }] })],
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', commentCount: 'commentCount' },
    prepare: ({ title, publishedAt, commentCount }) => ({
      title,
      subtitle: [publishedAt, commentCount !== undefined ? `${commentCount} comments` : undefined].filter(Boolean).join(' · '),
    }),
  },
});
