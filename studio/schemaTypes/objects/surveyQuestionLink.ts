// Points an impact measure at one question of a survey whose answers provide its figures.
import { defineField, defineType, type Reference } from 'sanity';
import { parentValue } from '../fields.ts';

export const surveyQuestionLink = defineType({
  name: 'surveyQuestionLink',
  title: 'Survey question',
  type: 'object',
  fields: [
    defineField({
      name: 'survey',
      title: 'Survey',
      type: 'reference',
      to: [{ type: 'survey' }],
      description: 'The survey that asks the question.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'questionKey',
      title: 'Question key',
      type: 'string',
      description: 'The key of the question in that survey, e.g. "feel-listened-to".',
      validation: (rule) => [
        rule.required(),
        // A key that is not in the survey would silently give the measure no figures.
        rule
          .custom(async (key: string | undefined, context) => {
            const survey = parentValue<Reference>(context, 'survey');
            if (!key || !survey?._ref) return true;
            const keys = await context
              .getClient({ apiVersion: '2025-02-19' })
              .fetch<string[] | null>('*[_id in [$id, "drafts." + $id]][0].questions[].key', { id: survey._ref });
            return !keys || keys.includes(key) ? true : `The survey has no question with the key "${key}"`;
          })
          .warning(),
      ],
    }),
  ],
  preview: {
    select: { survey: 'survey.title', key: 'questionKey' },
    prepare: ({ survey, key }) => ({ title: key, subtitle: survey }),
  },
});
