// One answer in a survey response; free text is scrubbed before it is stored and moderated here.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { moderationStates, titleOf } from '../lists.ts';

export const answer = defineType({
  name: 'answer',
  title: 'Answer',
  type: 'object',
  fields: [
    defineField({
      name: 'questionKey',
      title: 'Question key',
      type: 'string',
      description: 'The key of the question this answers. Set by the site.',
      readOnly: true,
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'choice', title: 'Choice', type: 'string', description: 'The chosen option value.', readOnly: true }),
    defineField({
      name: 'choices',
      title: 'Choices',
      type: 'array',
      description: 'The chosen option values, for "choose all that apply".',
      of: [defineArrayMember({ type: 'string' })],
      readOnly: true,
    }),
    defineField({
      name: 'score',
      title: 'Score',
      type: 'number',
      description: 'The point chosen on a 1 to 5 scale.',
      readOnly: true,
      validation: (rule) => rule.integer().min(1).max(5),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 4,
      description: 'What they wrote, with personal details already removed. Never published unless approved as a quote.',
      readOnly: true,
      validation: (rule) => rule.max(5000),
    }),
    defineField({
      name: 'moderation',
      title: 'Moderation',
      type: 'string',
      description: 'Approve only text that is safe to quote: no names, no identifiable details, no abuse.',
      options: { list: moderationStates, layout: 'radio' },
    }),
    defineField({
      name: 'themes',
      title: 'Themes',
      type: 'array',
      description: 'What the answer is about, for "You said, we did".',
      of: [
        // Weak: themes live in the public dataset, responses in the private one, so the link cannot be enforced.
        defineArrayMember({ type: 'reference', to: [{ type: 'feedbackTheme' }], weak: true }),
      ],
    }),
  ],
  preview: {
    select: { key: 'questionKey', choice: 'choice', score: 'score', text: 'text', moderation: 'moderation' },
    prepare: ({ key, choice, score, text, moderation }) => ({
      title: text ?? choice ?? (score !== undefined ? `Score ${score}` : '(no answer)'),
      subtitle: [key, moderation ? titleOf(moderationStates, moderation) : undefined].filter(Boolean).join(' · '),
    }),
  },
});
