// A school's or setting's answers to the SEND Regulations 2014 schedule 2 para 5 questions, one field per question.
import { defineField, defineType } from 'sanity';
import { SCHEDULE2_QUESTIONS } from '../lists.ts';

type Schedule2Key = keyof typeof SCHEDULE2_QUESTIONS;

export const schedule2Answers = defineType({
  name: 'schedule2Answers',
  title: 'Schedule 2 answers',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  // The questions (and their order) come from the model, so the form always asks exactly what it stores.
  fields: (Object.keys(SCHEDULE2_QUESTIONS) as Schedule2Key[]).map((name) =>
    defineField({
      name,
      title: SCHEDULE2_QUESTIONS[name],
      type: 'text',
      rows: 4,
      description: 'In plain English, as the school or setting would explain it to a parent.',
    }),
  ),
});
