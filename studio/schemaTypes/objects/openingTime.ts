// When a service is open on one day of the week.
import { defineField, defineType } from 'sanity';
import { titleOf, weekdays } from '../lists.ts';
import { parentValue } from '../fields.ts';
import { TIME } from '../patterns.ts';

export const openingTime = defineType({
  name: 'openingTime',
  title: 'Opening time',
  type: 'object',
  fields: [
    defineField({
      name: 'day',
      title: 'Day',
      type: 'string',
      description: 'Add one entry per day, and two for a day with a lunch break.',
      options: { list: weekdays },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      description: '24-hour clock, e.g. "09:00".',
      validation: (rule) => [rule.required(), rule.regex(TIME).error('Write the time as HH:MM, e.g. "09:00"')],
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      description: '24-hour clock, e.g. "17:30".',
      validation: (rule) => [
        rule.required(),
        rule.regex(TIME).error('Write the time as HH:MM, e.g. "17:30"'),
        rule
          .custom((closes: string | undefined, context) => {
            const opens = parentValue<string>(context, 'opens');
            return !closes || !opens || opens < closes ? true : 'Closing time is not after opening time';
          })
          .warning(),
      ],
    }),
    defineField({ name: 'note', title: 'Note', type: 'string', description: 'Optional, e.g. "Term time only".' }),
  ],
  preview: {
    select: { day: 'day', opens: 'opens', closes: 'closes', note: 'note' },
    prepare: ({ day, opens, closes, note }) => ({ title: `${titleOf(weekdays, day)} ${opens ?? ''}–${closes ?? ''}`, subtitle: note }),
  },
});
