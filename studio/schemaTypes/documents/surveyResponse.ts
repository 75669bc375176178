// One anonymous survey response, written by the site into the private feedback dataset and moderated here.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { surveyAudiences, titleOf, agePhaseSlugs } from '../lists.ts';
import { SHA256_HEX, UUID } from '../patterns.ts';
import { pendingTextAnswers } from '../../lib/moderation.ts';

export const surveyResponse = defineType({
  name: 'surveyResponse',
  title: 'Survey response',
  type: 'document',
  // Written by the site and only moderated here: changes apply at once, with no separate draft to publish.
  liveEdit: true,
  // The site writes responses; editors only moderate answers, so the submission itself is read-only.
  fields: [
    defineField({
      name: 'survey',
      title: 'Survey',
      type: 'reference',
      to: [{ type: 'survey' }],
      // Weak: surveys live in the public dataset, responses in the private one.
      weak: true,
      readOnly: true,
      description: 'The survey answered.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'submissionId',
      title: 'Submission id',
      type: 'string',
      readOnly: true,
      description: 'The browser\'s id for this submission, so a retried post is stored once.',
      validation: (rule) => [rule.required(), rule.regex(UUID).error('Expected a UUID')],
    }),
    defineField({
      name: 'receiptHash',
      title: 'Receipt hash',
      type: 'string',
      readOnly: true,
      description: 'A fingerprint of the receipt code, so the respondent can ask for deletion. The code itself is never stored.',
      validation: (rule) => [rule.required(), rule.regex(SHA256_HEX).error('Expected a SHA-256 hash')],
    }),
    defineField({
      name: 'submittedAt',
      title: 'Submitted',
      type: 'datetime',
      readOnly: true,
      description: 'When the response arrived.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'audience',
      title: 'Audience',
      type: 'string',
      readOnly: true,
      description: 'Who answered: parents and carers, or young people.',
      options: { list: surveyAudiences },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'agePhase',
      title: 'Age phase',
      type: 'string',
      readOnly: true,
      description: 'The age phase the respondent chose, if the survey asked.',
      options: { list: agePhaseSlugs },
    }),
    defineField({
      name: 'answers',
      title: 'Answers',
      type: 'array',
      description: 'Moderate free text here: approve only what is safe to quote, and tag themes.',
      of: [defineArrayMember({ type: 'answer' })],
      validation: (rule) => rule.required(),
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'submittedAtDesc', by: [{ field: 'submittedAt', direction: 'desc' }] }],
  preview: {
    select: { submittedAt: 'submittedAt', audience: 'audience', answers: 'answers' },
    prepare: ({ submittedAt, audience, answers }) => {
      const waiting = pendingTextAnswers({ _id: '', answers: Array.isArray(answers) ? answers : [] });
      return {
        // In the moderation inbox, the words waiting to be read matter more than the time they arrived.
        title: waiting[0]?.text ?? `Response ${submittedAt ? String(submittedAt).slice(0, 16).replace('T', ' ') : ''}`.trim(),
        subtitle: [
          waiting.length ? `${waiting.length} waiting for moderation` : undefined,
          titleOf(surveyAudiences, audience),
          submittedAt ? String(submittedAt).slice(0, 10) : undefined,
        ]
          .filter(Boolean)
          .join(' · '),
      };
    },
  },
});
