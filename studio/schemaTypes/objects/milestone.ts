// A dated step towards completing an improvement-plan action.
import { defineField, defineType } from 'sanity';

export const milestone = defineType({
  name: 'milestone',
  title: 'Milestone',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Milestone',
      type: 'string',
      description: 'What will be done, e.g. "New EHC needs assessment guidance published".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'dueDate',
      title: 'Due',
      type: 'date',
      description: 'The date in the plan. Do not move it to hide slippage: the site shows overdue milestones.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'completedDate',
      title: 'Completed',
      type: 'date',
      description: 'Leave empty until it is done.',
    }),
  ],
  preview: {
    select: { title: 'title', dueDate: 'dueDate', completedDate: 'completedDate' },
    prepare: ({ title, dueDate, completedDate }) => ({
      title,
      subtitle: completedDate ? `Completed ${completedDate}` : `Due ${dueDate ?? '(no date)'}`,
    }),
  },
});
