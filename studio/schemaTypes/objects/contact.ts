// One way for families to reach a service: a named person or team with phone, email and website.
import { defineField, defineType } from 'sanity';

interface ContactValue {
  phone?: string;
  email?: string;
  website?: string;
}

export const contact = defineType({
  name: 'contact',
  title: 'Contact',
  type: 'object',
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', description: 'A person or team, e.g. "Duty team".' }),
    defineField({ name: 'role', title: 'Role', type: 'string', description: 'What they do, e.g. "SENCO" or "Referrals".' }),
    defineField({ name: 'phone', title: 'Phone', type: 'string', description: 'Written as families would dial it, e.g. "01752 123456".' }),
    defineField({ name: 'email', title: 'Email', type: 'email', description: 'An address that is read every working day.' }),
    defineField({
      name: 'website',
      title: 'Website',
      type: 'url',
      description: 'A full web address starting https://.',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
    }),
  ],
  // A contact with no phone, email or website gives families nothing to act on.
  validation: (rule) =>
    rule
      .custom((value: ContactValue | undefined) =>
        !value || value.phone || value.email || value.website ? true : 'Add a phone number, email or website',
      )
      .warning(),
  preview: {
    select: { name: 'name', role: 'role', phone: 'phone', email: 'email', website: 'website' },
    prepare: ({ name, role, phone, email, website }) => ({
      title: name || role || phone || email || website || 'Contact',
      subtitle: [name ? role : undefined, phone, email].filter(Boolean).join(' · '),
    }),
  },
});
