// A family's report that a service or guide is wrong ("Is this information correct?"), kept in the private dataset.
import { defineField, defineType } from 'sanity';
import { correctionStatuses, titleOf } from '../lists.ts';
import { documentValue } from '../fields.ts';

export const correctionReport = defineType({
  name: 'correctionReport',
  title: 'Correction report',
  type: 'document',
  // Written by the site and only moderated here: changes apply at once, with no separate draft to publish.
  liveEdit: true,
  fields: [
    defineField({
      name: 'subject',
      title: 'About',
      type: 'reference',
      to: [{ type: 'service' }, { type: 'guide' }],
      // Weak: the service or guide lives in the public dataset, the report in the private one.
      weak: true,
      readOnly: true,
      description: 'The service or guide the report is about.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'subjectTitle',
      title: 'Page title',
      type: 'string',
      readOnly: true,
      description: 'The title of the page when the report was made.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'whatIsWrong',
      title: 'What is wrong',
      type: 'text',
      rows: 5,
      readOnly: true,
      description: 'In the family\'s words.',
      validation: (rule) => rule.required().max(2000),
    }),
    defineField({
      name: 'email',
      title: 'Email',
      type: 'email',
      readOnly: true,
      description: 'Only kept with consent to contact; removed when the retention period ends.',
    }),
    defineField({
      name: 'consentToContact',
      title: 'Consent to contact',
      type: 'boolean',
      readOnly: true,
      description: 'Whether they agreed to be contacted about the report.',
      initialValue: false,
      validation: (rule) =>
        rule.custom((consent: boolean | undefined, context) =>
          !documentValue<string>(context, 'email') || consent === true
            ? true
            : 'An email address may only be kept with consent to contact',
        ),
    }),
    defineField({
      name: 'createdAt',
      title: 'Received',
      type: 'datetime',
      readOnly: true,
      description: 'When the report arrived.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      description: 'Move to "Resolved" once the page is corrected (or you have checked it is right).',
      options: { list: correctionStatuses, layout: 'radio' },
      initialValue: 'new',
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'createdAtDesc', by: [{ field: 'createdAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'subjectTitle', status: 'status', createdAt: 'createdAt' },
    prepare: ({ title, status, createdAt }) => ({
      title,
      subtitle: [titleOf(correctionStatuses, status ?? 'new'), createdAt ? String(createdAt).slice(0, 10) : undefined]
        .filter(Boolean)
        .join(' · '),
    }),
  },
});
