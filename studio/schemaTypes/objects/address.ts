// A postal address of a venue (service locations).
import { defineField, defineType } from 'sanity';
import { POSTCODE } from '../patterns.ts';

export const address = defineType({
  name: 'address',
  title: 'Address',
  type: 'object',
  fields: [
    defineField({
      name: 'line1',
      title: 'Address line 1',
      type: 'string',
      description: 'Building and street.',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'line2', title: 'Address line 2', type: 'string', description: 'Optional: area or second line.' }),
    defineField({
      name: 'town',
      title: 'Town or city',
      type: 'string',
      description: 'The town or city, as families would write it on a letter.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'postcode',
      title: 'Postcode',
      type: 'string',
      description: 'A UK postcode, e.g. "PL1 3BJ". Used for maps and directions.',
      validation: (rule) => [rule.required(), rule.regex(POSTCODE).error('Enter a UK postcode such as "PL1 3BJ"')],
    }),
  ],
});
