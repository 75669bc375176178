// An area for priority action or a recommendation from the inspection report, with the outcome families should see.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { areaKinds, titleOf } from '../lists.ts';
import { slugField } from '../fields.ts';

export const priorityArea = defineType({
  name: 'priorityArea',
  title: 'Priority area',
  type: 'document',
  fields: [
    defineField({
      name: 'plan',
      title: 'Plan',
      type: 'reference',
      to: [{ type: 'plan' }],
      description: 'The improvement plan this area belongs to.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'As the inspection report calls it.',
      options: { list: areaKinds, layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'number',
      title: 'Number',
      type: 'number',
      description: 'Its number in the report, within its kind (priority action 1 to 5, recommendation 1 to 4).',
      validation: (rule) => rule.required().integer().min(1),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'A short name families will recognise, e.g. "Timely EHC plans".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'finding',
      title: 'What the inspection found',
      type: 'text',
      rows: 4,
      description: 'The inspection report\'s own words.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'outcome',
      title: 'What success looks like',
      type: 'text',
      rows: 4,
      description: 'For children and families, in plain English.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'responsibleBodies',
      title: 'Responsible bodies',
      type: 'array',
      description: 'Who is accountable, e.g. "Plymouth City Council", "NHS Devon".',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.required().min(1).error('Name at least one responsible body'),
    }),
  ],
  orderings: [
    {
      title: 'Report order',
      name: 'reportOrder',
      by: [
        { field: 'kind', direction: 'asc' },
        { field: 'number', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'title', kind: 'kind', number: 'number' },
    prepare: ({ title, kind, number }) => ({ title, subtitle: `${titleOf(areaKinds, kind)} ${number ?? ''}`.trim() }),
  },
});
