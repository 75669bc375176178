// The one siteSettings document: the local area's name, branding, contact routes, notices and data retention.
import { defineField, defineType } from 'sanity';
import { portableTextField } from '../fields.ts';
import { HEX_COLOUR } from '../patterns.ts';

/** Its fixed document id: the site reads `*[_id == "siteSettings"][0]`, and the desk opens this one document. */
export const SITE_SETTINGS_ID = 'siteSettings';

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  groups: [
    { name: 'site', title: 'Site', default: true },
    { name: 'contact', title: 'Contact' },
    { name: 'notices', title: 'Notices' },
  ],
  fields: [
    defineField({
      name: 'areaName',
      title: 'Local area',
      type: 'string',
      group: 'site',
      description: 'The local authority area, e.g. "Plymouth".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'siteTitle',
      title: 'Site title',
      type: 'string',
      group: 'site',
      description: 'Shown in the header and in browser tabs, e.g. "Plymouth SEND Local Offer".',
      validation: (rule) => [rule.required(), rule.max(60).warning('Long titles are cut short in search results')],
    }),
    defineField({ name: 'tagline', title: 'Tagline', type: 'string', group: 'site', description: 'Optional: one line under the title.' }),
    defineField({
      name: 'isSampleContent',
      title: 'Sample content',
      type: 'boolean',
      group: 'site',
      description: 'On while the site shows the shipped sample content: every page carries a "sample content" banner.',
      initialValue: false,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'brandColour',
      title: 'Brand colour',
      type: 'string',
      group: 'site',
      description: 'The area\'s main colour as a hex code, e.g. "#1d4f91". It must be dark enough for white text (contrast 4.5:1).',
      validation: (rule) => [rule.required(), rule.regex(HEX_COLOUR).error('Expected a colour such as "#1d4f91"')],
    }),
    defineField({
      name: 'contact',
      title: 'Contact the SEND team',
      type: 'object',
      group: 'contact',
      description: 'Shown in the footer and on the contact page.',
      validation: (rule) => rule.required(),
      fields: [
        defineField({
          name: 'phone',
          title: 'Phone',
          type: 'string',
          description: 'As families would dial it.',
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'email',
          title: 'Email',
          type: 'email',
          description: 'A monitored team inbox, not a person.',
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'address',
          title: 'Address',
          type: 'text',
          rows: 3,
          description: 'A postal address for letters.',
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: 'openingHours',
          title: 'Opening hours',
          type: 'string',
          description: 'e.g. "Monday to Friday, 9am to 5pm".',
          validation: (rule) => rule.required(),
        }),
      ],
    }),
    defineField({
      name: 'offlineCopy',
      title: 'Without the internet',
      type: 'text',
      rows: 4,
      group: 'contact',
      description: 'Regulation 57: how people without internet access can get the Local Offer (print, phone, other formats).',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'commsEmail',
      title: 'Comms team email',
      type: 'email',
      group: 'contact',
      description: 'Where correction reports and feedback alerts are sent. Not shown on the site.',
      validation: (rule) => rule.required(),
    }),
    portableTextField({
      name: 'accessibilityStatement',
      title: 'Accessibility statement',
      description: 'Required by the public sector accessibility regulations.',
      required: true,
      group: 'notices',
    }),
    portableTextField({
      name: 'privacyNotice',
      title: 'Privacy notice',
      description: 'What is collected, why and people\'s rights, in plain language. The site adds "How long we keep it" below it from the retention settings, so do not repeat it here.',
      required: true,
      group: 'notices',
    }),
    defineField({
      name: 'retentionDays',
      title: 'Keep contact details for (days)',
      type: 'number',
      group: 'notices',
      description: 'Days optional contact details are kept before they are deleted automatically. Must match the privacy notice.',
      validation: (rule) => rule.required().integer().min(1).max(3650),
    }),
    defineField({
      name: 'answerRetentionYears',
      title: 'Keep survey answers for (years)',
      type: 'number',
      group: 'notices',
      initialValue: 3,
      description:
        'Years survey answers are kept before they are deleted automatically (3 if left empty). The figures already published for those quarters stay. The privacy notice says this for you.',
      validation: (rule) => rule.integer().min(1).max(10),
    }),
  ],
  preview: {
    select: { title: 'siteTitle', subtitle: 'areaName' },
  },
});
