// A "Have your say" survey: audience, dates, questions, and the plan areas and measures it informs.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { surveyAudiences, titleOf } from '../lists.ts';
import { documentValue, portableTextField, slugField } from '../fields.ts';
import { surveyState } from '../../lib/previews.ts';

export const survey = defineType({
  name: 'survey',
  title: 'Survey',
  type: 'document',
  groups: [
    { name: 'about', title: 'About', default: true },
    { name: 'questions', title: 'Questions' },
    { name: 'plan', title: 'Plan links' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'about',
      description: 'What it is about, in the audience\'s words, e.g. "Tell us about your EHC plan".',
      validation: (rule) => rule.required(),
    }),
    { ...slugField('title'), group: 'about' },
    defineField({
      name: 'audience',
      title: 'Who it is for',
      type: 'string',
      group: 'about',
      description: 'Young people\'s surveys follow the Children\'s code: no nudges, plain words, high privacy.',
      options: { list: surveyAudiences, layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'easyRead',
      title: 'Easy read',
      type: 'boolean',
      group: 'about',
      description: 'Show one question per page with symbols beside the words.',
      initialValue: false,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      type: 'text',
      rows: 4,
      group: 'about',
      description: 'Why you are asking, how long it takes and what you will do with the answers.',
      validation: (rule) => rule.required(),
    }),
    portableTextField({
      name: 'privacyNotice',
      title: 'Privacy information',
      description: 'Plain-language privacy information for this survey; the site\'s privacy notice is linked as well.',
      group: 'about',
    }),
    defineField({
      name: 'opensAt',
      title: 'Opens',
      type: 'datetime',
      group: 'about',
      description: 'When people can start answering.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'closesAt',
      title: 'Closes',
      type: 'datetime',
      group: 'about',
      description: 'Optional: when it stops taking answers. Leave empty for an ongoing survey.',
      validation: (rule) =>
        rule.custom((closes: string | undefined, context) => {
          const opens = documentValue<string>(context, 'opensAt');
          return !closes || !opens || Date.parse(opens) < Date.parse(closes) ? true : 'The survey must close after it opens';
        }),
    }),
    defineField({
      name: 'questions',
      title: 'Questions',
      type: 'array',
      group: 'questions',
      description: 'Each with its own key. Keep it short: every question you add loses some people.',
      of: [defineArrayMember({ type: 'question' })],
      validation: (rule) => [
        rule.required().min(1).error('A survey needs at least one question'),
        rule.custom((questions: { key?: string }[] | undefined) => {
          const keys = (questions ?? []).map((q) => q.key).filter(Boolean);
          const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
          return repeated.length === 0 ? true : `Each question needs its own key; repeated: ${[...new Set(repeated)].join(', ')}`;
        }),
        rule
          .custom((questions: unknown[] | undefined) => ((questions?.length ?? 0) <= 15 ? true : 'Over 15 questions: many people will give up'))
          .warning(),
      ],
    }),
    defineField({
      name: 'areas',
      title: 'Priority areas',
      type: 'array',
      group: 'plan',
      description: 'The areas of the plan this survey gathers evidence for.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'priorityArea' }] })],
    }),
    defineField({
      name: 'measures',
      title: 'Impact measures',
      type: 'array',
      group: 'plan',
      description: 'The measures its answers feed.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'impactMeasure' }] })],
    }),
  ],
  preview: {
    select: { title: 'title', audience: 'audience', easyRead: 'easyRead', opensAt: 'opensAt', closesAt: 'closesAt' },
    prepare: ({ title, audience, easyRead, opensAt, closesAt }) => ({
      title,
      subtitle: [surveyState(opensAt, closesAt, new Date()), titleOf(surveyAudiences, audience), easyRead ? 'easy read' : undefined]
        .filter(Boolean)
        .join(' · '),
    }),
  },
});
