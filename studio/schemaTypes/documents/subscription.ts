// Someone who confirmed they want email updates: kept in the private dataset, deleted when they unsubscribe.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { SUBSCRIPTION_TOPICS, type SubscriptionTopic } from '../../../src/model/index.ts';

const TOPIC_TITLES: Record<SubscriptionTopic, string> = {
  'you-said-we-did': 'New You said, we did',
  'plan-updates': 'Improvement plan updates',
};
const topics = SUBSCRIPTION_TOPICS.map((value) => ({ value, title: TOPIC_TITLES[value] }));

export const subscription = defineType({
  name: 'subscription',
  title: 'Email subscription',
  type: 'document',
  // The site creates these when someone confirms, and deletes them when they unsubscribe; editors only read them.
  readOnly: true,
  fields: [
    defineField({
      name: 'email',
      title: 'Email',
      type: 'email',
      description: 'Stored only after the person clicked the link in the confirmation email; deleted when they unsubscribe.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'topics',
      title: 'Updates',
      type: 'array',
      description: 'What they asked to be emailed about.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: topics },
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'confirmedAt',
      title: 'Confirmed',
      type: 'datetime',
      description: 'When they confirmed from the email we sent: the record of their consent.',
      validation: (rule) => rule.required(),
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'confirmedAtDesc', by: [{ field: 'confirmedAt', direction: 'desc' }] }],
  preview: {
    select: { email: 'email', topics: 'topics' },
    prepare: ({ email, topics: chosen }) => ({
      title: email,
      subtitle: ((chosen ?? []) as SubscriptionTopic[]).map((t) => TOPIC_TITLES[t] ?? t).join(', '),
    }),
  },
});
