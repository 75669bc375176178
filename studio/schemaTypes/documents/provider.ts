// An organisation that runs services: the council, the NHS, a school or setting, a charity or a business.
import { defineField, defineType } from 'sanity';
import { providerKinds, titleOf } from '../lists.ts';
import { slugField } from '../fields.ts';

export const provider = defineType({
  name: 'provider',
  title: 'Provider',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'The organisation\'s name as families know it.',
      validation: (rule) => rule.required(),
    }),
    slugField('name'),
    defineField({
      name: 'kind',
      title: 'Type of provider',
      type: 'string',
      description: 'As named in the SEND Regulations. Schools and settings must answer the schedule 2 questions on their services.',
      options: { list: providerKinds },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'description', title: 'About', type: 'text', rows: 3, description: 'Optional: a sentence or two about them.' }),
    defineField({
      name: 'website',
      title: 'Website',
      type: 'url',
      description: 'A full web address starting https://.',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
    }),
    defineField({ name: 'email', title: 'Email', type: 'email', description: 'A general enquiries address.' }),
    defineField({ name: 'phone', title: 'Phone', type: 'string', description: 'A general enquiries number.' }),
  ],
  preview: {
    select: { title: 'name', kind: 'kind' },
    prepare: ({ title, kind }) => ({ title, subtitle: titleOf(providerKinds, kind) }),
  },
});
