// "Was this page useful?" feedback on one page of the site, kept in the private dataset.
import { defineField, defineType } from 'sanity';
import { SITE_PATH } from '../patterns.ts';

export const pageFeedback = defineType({
  name: 'pageFeedback',
  title: 'Page feedback',
  type: 'document',
  // Written by the site and only moderated here: changes apply at once, with no separate draft to publish.
  liveEdit: true,
  fields: [
    defineField({
      name: 'path',
      title: 'Page',
      type: 'string',
      readOnly: true,
      description: 'The page\'s address on the site, e.g. "/local-offer/".',
      validation: (rule) => [rule.required(), rule.regex(SITE_PATH).error('Expected a site path such as "/local-offer/"')],
    }),
    defineField({
      name: 'useful',
      title: 'Useful',
      type: 'boolean',
      readOnly: true,
      description: 'Whether they found the page useful.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'whatWasWrong',
      title: 'What was wrong',
      type: 'text',
      rows: 4,
      readOnly: true,
      description: 'Optional, in their words, with personal details removed.',
      validation: (rule) => rule.max(1000),
    }),
    defineField({
      name: 'createdAt',
      title: 'Received',
      type: 'datetime',
      readOnly: true,
      description: 'When the feedback arrived.',
      validation: (rule) => rule.required(),
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'createdAtDesc', by: [{ field: 'createdAt', direction: 'desc' }] }],
  preview: {
    select: { path: 'path', useful: 'useful', createdAt: 'createdAt' },
    prepare: ({ path, useful, createdAt }) => ({
      title: path,
      subtitle: [useful ? 'Useful' : 'Not useful', createdAt ? String(createdAt).slice(0, 10) : undefined].filter(Boolean).join(' · '),
    }),
  },
});
