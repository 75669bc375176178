// A performance measure of the plan: baseline, target and figures from data or from survey answers.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { measureDirections, measureSources, measureUnits } from '../lists.ts';
import { documentValue, slugField } from '../fields.ts';

/** The baseline and target share a shape: a value on a date. */
function datedValue(name: 'baseline' | 'target', title: string, description: string) {
  return defineField({
    name,
    title,
    type: 'object',
    description,
    options: { columns: 2 },
    validation: (rule) => rule.required(),
    fields: [
      defineField({
        name: 'value',
        title: 'Value',
        type: 'number',
        description: 'In the measure\'s unit.',
        validation: (rule) =>
          name === 'target'
            ? rule.required().custom((target: number | undefined, context) => {
                const direction = documentValue<string>(context, 'direction');
                const baseline = documentValue<{ value?: number }>(context, 'baseline')?.value;
                if (target === undefined || baseline === undefined || !direction) return true;
                const better = direction === 'higher-is-better' ? target >= baseline : target <= baseline;
                return better ? true : 'The target must be on the better side of the baseline for this direction';
              })
            : rule.required(),
      }),
      defineField({
        name: 'date',
        title: 'Date',
        type: 'date',
        description: name === 'target' ? 'When the target should be met.' : 'When the baseline was measured.',
        validation: (rule) =>
          name === 'target'
            ? [
                rule.required(),
                rule
                  .custom((date: string | undefined, context) => {
                    const from = documentValue<{ date?: string }>(context, 'baseline')?.date;
                    return !date || !from || from < date ? true : 'The target date is not after the baseline date';
                  })
                  .warning(),
              ]
            : rule.required(),
      }),
    ],
  });
}

export const impactMeasure = defineType({
  name: 'impactMeasure',
  title: 'Impact measure',
  type: 'document',
  fields: [
    defineField({
      name: 'area',
      title: 'Priority area',
      type: 'reference',
      to: [{ type: 'priorityArea' }],
      description: 'The area of the plan this measures.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'title',
      title: 'Measure',
      type: 'string',
      description: 'What is measured, e.g. "EHC plans issued within 20 weeks".',
      validation: (rule) => rule.required(),
    }),
    slugField('title'),
    defineField({ name: 'description', title: 'About', type: 'text', rows: 3, description: 'Optional: why it matters.' }),
    defineField({
      name: 'unit',
      title: 'Unit',
      type: 'string',
      description: 'How the figures are expressed.',
      options: { list: measureUnits },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'direction',
      title: 'Direction',
      type: 'string',
      description: 'Whether a higher figure is better (e.g. % on time) or a lower one (e.g. weeks waiting).',
      options: { list: measureDirections, layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    datedValue('baseline', 'Baseline', 'Where things stood when the plan began.'),
    datedValue('target', 'Target', 'Where things should be, and by when.'),
    defineField({
      name: 'source',
      title: 'Where the figures come from',
      type: 'string',
      description: 'Survey-based figures are calculated from responses; data figures are entered below.',
      options: { list: measureSources, layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'sourceNote',
      title: 'Source',
      type: 'string',
      description: 'Optional: the named data source, e.g. "SEN2 return".',
    }),
    defineField({
      name: 'dataPoints',
      title: 'Figures',
      type: 'array',
      description: 'The figures reported so far, for data-based measures.',
      of: [defineArrayMember({ type: 'dataPoint' })],
    }),
    defineField({
      name: 'surveyQuestions',
      title: 'Survey questions',
      type: 'array',
      description: 'For survey-based measures: the questions whose answers give the figures.',
      of: [defineArrayMember({ type: 'surveyQuestionLink' })],
      validation: (rule) =>
        rule.custom((links: unknown[] | undefined, context) =>
          documentValue<string>(context, 'source') !== 'survey' || (links?.length ?? 0) > 0
            ? true
            : 'A survey-based measure needs at least one linked survey question',
        ),
    }),
  ],
  preview: {
    select: { title: 'title', baseline: 'baseline.value', target: 'target.value', targetDate: 'target.date', unit: 'unit' },
    prepare: ({ title, baseline, target, targetDate, unit }) => {
      const suffix = unit === 'percent' ? '%' : unit === 'number' || !unit ? '' : ` ${unit}`;
      return { title, subtitle: `${baseline ?? '?'}${suffix} → ${target ?? '?'}${suffix} by ${targetDate ?? '?'}` };
    },
  },
});
