// A dated step towards completing an improvement-plan action.
import { defineField, defineType } from 'sanity';
import { documentValue } from '../fields.ts';
import { notInFuture } from '../rules.ts';

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
      validation: (rule) => [
        rule.required(),
        rule
          .custom((due: string | undefined, context) => {
            const start = documentValue<string>(context, 'startDate');
            const end = documentValue<string>(context, 'dueDate');
            if (!due) return true;
            if (start && due < start) return `Due before the action starts (${start})`;
            return end && due > end ? `Due after the action itself is due (${end})` : true;
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'completedDate',
      title: 'Completed',
      type: 'date',
      description: 'Leave empty until it is done.',
      validation: (rule) => rule.custom(notInFuture('The completed date is in the future: leave it empty until it is done')).warning(),
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
