// One question of a survey: its type, wording, options and which answers count as positive.
import { defineArrayMember, defineField, defineType } from 'sanity';
import type { QuestionType } from '../../../src/model/index.ts';
import { AGE_PHASE_SLUGS, questionTypes, titleOf } from '../lists.ts';
import { documentValue, parentValue } from '../fields.ts';
import { QUESTION_KEY } from '../patterns.ts';

const CHOICE_TYPES: ReadonlySet<string> = new Set<QuestionType>(['single-choice', 'multiple-choice']);
const TEXT_TYPES: ReadonlySet<string> = new Set<QuestionType>(['short-text', 'long-text']);

interface QuestionValue {
  type?: string;
  options?: { value?: string }[];
}

/** The values an answer to a question can have, or undefined when any text can be an answer. */
function possibleValues(question: QuestionValue | undefined): string[] | undefined {
  const options = (question?.options ?? []).flatMap((o) => (o.value ? [o.value] : []));
  if (options.length) return options;
  switch (question?.type) {
    case 'scale':
    case 'symbol-scale':
      return ['1', '2', '3', '4', '5'];
    case 'yes-no':
      return ['yes', 'no'];
    case 'single-choice':
    case 'multiple-choice':
      return [];
    case 'age-phase':
      return [...AGE_PHASE_SLUGS];
    default:
      return undefined;
  }
}

export const question = defineType({
  name: 'question',
  title: 'Question',
  type: 'object',
  fields: [
    defineField({
      name: 'key',
      title: 'Key',
      type: 'string',
      description:
        'A short name for the question, e.g. "feel-listened-to". Impact measures use it; never change it once responses exist.',
      validation: (rule) => [
        rule.required(),
        rule.regex(QUESTION_KEY).error('Start with a letter; use lower-case letters, digits and hyphens'),
      ],
    }),
    defineField({
      name: 'type',
      title: 'Type of answer',
      type: 'string',
      description: 'Scales ask for 1 to 5; symbol scales add pictures for easy read surveys.',
      options: { list: questionTypes },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'label',
      title: 'Question',
      type: 'string',
      description: 'The question as people see it. Plain words; one thing at a time.',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'hint', title: 'Hint', type: 'text', rows: 2, description: 'Optional help shown under the question.' }),
    defineField({
      name: 'required',
      title: 'Answer required',
      type: 'boolean',
      description: 'Prefer optional: people may skip what they do not want to answer.',
      initialValue: false,
    }),
    defineField({
      name: 'errorMessage',
      title: 'Error message',
      type: 'string',
      description:
        'Optional: what to say when a required question is not answered, e.g. "Select how old you are". Without it the site words one from the question.',
      validation: (rule) => rule.min(1).max(200),
    }),
    defineField({
      name: 'options',
      title: 'Options',
      type: 'array',
      description: 'The choices, for "choose one" and "choose all that apply" questions.',
      of: [defineArrayMember({ type: 'questionOption' })],
      validation: (rule) => [
        rule
          .custom((options: unknown[] | undefined, context) => {
            const type = parentValue<string>(context, 'type');
            return !type || !CHOICE_TYPES.has(type) || (options?.length ?? 0) >= 2
              ? true
              : 'A choice question needs at least two options';
          })
          .warning(),
        // Answers store the option's value: two options with one value could not be told apart.
        rule.custom((options: { value?: string }[] | undefined) => {
          const values = (options ?? []).map((o) => o.value).filter(Boolean);
          const repeated = [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
          return repeated.length === 0 ? true : `Each option needs its own stored value; repeated: ${repeated.join(', ')}`;
        }),
      ],
    }),
    defineField({
      name: 'maxLength',
      title: 'Most characters',
      type: 'number',
      description: 'For text questions: the longest answer accepted.',
      validation: (rule) => [
        rule.integer().min(1).max(5000),
        rule
          .custom((max: number | undefined, context) => {
            const type = parentValue<string>(context, 'type');
            return max === undefined || !type || TEXT_TYPES.has(type) ? true : 'Only text questions use a maximum length';
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'allowDontKnow',
      title: 'Offer "Don\'t know" / "Prefer not to say"',
      type: 'boolean',
      description: 'Lets people answer honestly instead of guessing.',
      initialValue: false,
    }),
    defineField({
      name: 'showIf',
      title: 'Only show when',
      type: 'object',
      description: 'Optional: show this question only when an earlier answer has a given value.',
      options: { collapsible: true, collapsed: true },
      fields: [
        defineField({
          name: 'questionKey',
          title: 'Earlier question key',
          type: 'string',
          description: 'The key of the earlier question.',
          validation: (rule) => [
            rule.required(),
            rule
              .custom((key: string | undefined, context) => {
                const questions = documentValue<{ key?: string }[]>(context, 'questions') ?? [];
                return !key || questions.some((q) => q.key === key) ? true : `No question in this survey has the key "${key}"`;
              })
              .warning(),
          ],
        }),
        defineField({
          name: 'equals',
          title: 'Has the answer',
          type: 'string',
          description: 'The stored value of the answer, e.g. "yes".',
          validation: (rule) => rule.required(),
        }),
      ],
    }),
    defineField({
      name: 'positiveValues',
      title: 'Positive answers',
      type: 'array',
      description: 'Answers that count as positive in impact measures: option values, or scale points such as "4" and "5".',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) =>
        rule
          .custom((positive: string[] | undefined, context) => {
            const possible = possibleValues(context.parent as QuestionValue | undefined);
            if (!positive?.length || !possible) return true;
            const unknown = positive.filter((v) => !possible.includes(v));
            return unknown.length === 0 ? true : `No answer to this question can be ${unknown.map((v) => `"${v}"`).join(' or ')}`;
          })
          .warning(),
    }),
  ],
  preview: {
    select: { label: 'label', key: 'key', type: 'type' },
    prepare: ({ label, key, type }) => ({ title: label, subtitle: [key, titleOf(questionTypes, type)].filter(Boolean).join(' · ') }),
  },
});
