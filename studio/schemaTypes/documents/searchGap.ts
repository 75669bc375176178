// A search on the site that found nothing, counted by its words: evidence of gaps, kept in the private dataset.
import { defineField, defineType } from 'sanity';
import { documentValue } from '../fields.ts';

export const searchGap = defineType({
  name: 'searchGap',
  title: 'Search with no results',
  type: 'document',
  // Written by the site and only moderated here: changes apply at once, with no separate draft to publish.
  liveEdit: true,
  // The site counts these; editors read them to find missing services and guides.
  readOnly: true,
  fields: [
    defineField({
      name: 'query',
      title: 'Searched for',
      type: 'string',
      description: 'The words searched for (at most 60 characters; searches that could identify someone are not kept).',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'count',
      title: 'Times searched',
      type: 'number',
      description: 'How many searches for these words found nothing.',
      validation: (rule) => rule.required().integer().min(1),
    }),
    defineField({
      name: 'firstSeen',
      title: 'First searched',
      type: 'datetime',
      description: 'The first search for these words that found nothing.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'lastSeen',
      title: 'Last searched',
      type: 'datetime',
      description: 'The most recent one.',
      validation: (rule) => [
        rule.required(),
        rule
          .custom((last: string | undefined, context) => {
            const first = documentValue<string>(context, 'firstSeen');
            return !last || !first || Date.parse(first) <= Date.parse(last) ? true : 'Last searched is before first searched';
          })
          .warning(),
      ],
    }),
  ],
  orderings: [{ title: 'Most searched', name: 'countDesc', by: [{ field: 'count', direction: 'desc' }] }],
  preview: {
    select: { query: 'query', count: 'count', lastSeen: 'lastSeen' },
    prepare: ({ query, count, lastSeen }) => ({
      title: `“${query ?? ''}”`,
      subtitle: [`${count ?? 0} searches`, lastSeen ? `last ${String(lastSeen).slice(0, 10)}` : undefined].filter(Boolean).join(' · '),
    }),
  },
});
