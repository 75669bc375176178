// An action of the improvement plan: owner, dates, milestones, the action-and-impact log and co-production.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { documentValue } from '../fields.ts';
import { notInFuture, today } from '../rules.ts';
import { actionPreview } from '../../lib/previews.ts';

export const action = defineType({
  name: 'action',
  title: 'Action',
  type: 'document',
  groups: [
    { name: 'plan', title: 'The action', default: true },
    { name: 'progress', title: 'Progress' },
  ],
  fields: [
    defineField({
      name: 'area',
      title: 'Priority area',
      type: 'reference',
      to: [{ type: 'priorityArea' }],
      group: 'plan',
      description: 'The area of the plan this action belongs to.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'reference',
      title: 'Reference',
      type: 'string',
      group: 'plan',
      description: 'The plan\'s own reference, e.g. "PA2.3".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'title',
      title: 'Action',
      type: 'string',
      group: 'plan',
      description: 'What will be done, starting with a verb, e.g. "Publish a new EHC needs assessment guide".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'description',
      title: 'Details',
      type: 'text',
      rows: 4,
      group: 'plan',
      description: 'Optional: more about the action and why it matters.',
    }),
    defineField({
      name: 'owner',
      title: 'Owner',
      type: 'string',
      group: 'plan',
      description: 'The role accountable for it, e.g. "Head of SEND".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'leadOrganisation',
      title: 'Lead organisation',
      type: 'string',
      group: 'plan',
      description: 'e.g. "Plymouth City Council" or "NHS Devon".',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'startDate', title: 'Start', type: 'date', group: 'plan', description: 'When work begins.' }),
    defineField({
      name: 'dueDate',
      title: 'Due',
      type: 'date',
      group: 'plan',
      description: 'The date in the plan. The site shows slippage against it, so do not move it quietly.',
      validation: (rule) =>
        rule.custom((due: string | undefined, context) => {
          const start = documentValue<string>(context, 'startDate');
          return !due || !start || start <= due ? true : 'The due date must not be before the start date';
        }),
    }),
    defineField({
      name: 'completedDate',
      title: 'Completed',
      type: 'date',
      group: 'progress',
      description: 'Leave empty until the action is done.',
      validation: (rule) => [
        rule
          .custom((done: string | undefined, context) => {
            const start = documentValue<string>(context, 'startDate');
            return !done || !start || start <= done ? true : 'Completed before it started?';
          })
          .warning(),
        rule.custom(notInFuture('The completed date is in the future: leave it empty until the action is done')).warning(),
      ],
    }),
    defineField({
      name: 'progress',
      title: 'Per cent complete',
      type: 'number',
      group: 'progress',
      description: 'As last reported by the owner, 0 to 100. The status shown on the site is worked out from the dates.',
      validation: (rule) => rule.integer().min(0).max(100),
    }),
    defineField({
      name: 'milestones',
      title: 'Milestones',
      type: 'array',
      group: 'progress',
      description: 'The dated steps towards completion.',
      of: [defineArrayMember({ type: 'milestone' })],
    }),
    defineField({
      name: 'updates',
      title: 'Action and impact log',
      type: 'array',
      group: 'progress',
      description: 'Dated updates: what was done and the difference it made.',
      of: [defineArrayMember({ type: 'actionUpdate' })],
    }),
    defineField({
      name: 'coProduction',
      title: 'Co-production',
      type: 'array',
      group: 'progress',
      description: 'How children, young people and families were involved.',
      of: [defineArrayMember({ type: 'coProductionEntry' })],
    }),
    defineField({
      name: 'measures',
      title: 'Impact measures',
      type: 'array',
      group: 'plan',
      description: 'The measures that will show whether this action worked.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'impactMeasure' }] })],
    }),
  ],
  orderings: [{ title: 'Reference', name: 'reference', by: [{ field: 'reference', direction: 'asc' }] }],
  preview: {
    select: {
      reference: 'reference',
      title: 'title',
      owner: 'owner',
      startDate: 'startDate',
      dueDate: 'dueDate',
      completedDate: 'completedDate',
      progress: 'progress',
      milestones: 'milestones',
      updates: 'updates',
    },
    // The status is worked out by the site's own rules (src/plan), never typed by hand.
    prepare: (selection) => actionPreview(selection, today()),
  },
});
