// The improvement plan that answers an inspection: its dates and background.
import { defineField, defineType, type ValidationContext } from 'sanity';
import { documentValue, portableTextField, slugField } from '../fields.ts';

/** A warning when a date comes before another date field of the same document. */
function notBefore(field: string, message: string) {
  return (date: string | undefined, context: ValidationContext) => {
    const earlier = documentValue<string>(context, field);
    return !date || !earlier || earlier <= date ? true : message;
  };
}

export const plan = defineType({
  name: 'plan',
  title: 'Improvement plan',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'e.g. "SEND improvement plan 2026 to 2028".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'What the plan is for, in two or three sentences for families.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'inspectionDate',
      title: 'Inspection date',
      type: 'date',
      description: 'When the area SEND inspection took place (the last day).',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'reportPublished',
      title: 'Report published',
      type: 'date',
      description: 'When the inspection report was published.',
      validation: (rule) => [
        rule.required(),
        rule.custom(notBefore('inspectionDate', 'The report is usually published after the inspection')).warning(),
      ],
    }),
    defineField({
      name: 'approvedDate',
      title: 'Plan approved',
      type: 'date',
      description: 'Optional: when the plan was approved.',
      validation: (rule) =>
        rule.custom(notBefore('reportPublished', 'The plan is usually approved after the report is published')).warning(),
    }),
    portableTextField({
      name: 'background',
      title: 'Background',
      description: 'Optional: what the inspection found and how the plan was written with families.',
    }),
  ],
  preview: {
    select: { title: 'title', inspectionDate: 'inspectionDate' },
    prepare: ({ title, inspectionDate }) => ({ title, subtitle: inspectionDate ? `Inspected ${inspectionDate}` : undefined }),
  },
});
