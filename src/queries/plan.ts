// Queries behind the plan pages and "You said, we did": everything public about the plan, in one read.
import { z } from 'zod';
import {
  ActionUpdate,
  AREA_KINDS,
  ApprovedQuote,
  CoProductionEntry,
  DataPoint,
  LOCAL_OFFER_TOPICS,
  MEASURE_DIRECTIONS,
  MEASURE_UNITS,
  Milestone,
  PortableText,
} from '../model/index.ts';
import { defineQuery } from './define.ts';

export const PlanSummary = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  inspectionDate: z.string(),
  reportPublished: z.string(),
  approvedDate: z.string().optional(),
  background: PortableText,
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const AreaRecord = z.object({
  _id: z.string(),
  kind: z.enum(AREA_KINDS),
  number: z.number(),
  title: z.string(),
  slug: z.string(),
  finding: z.string(),
  outcome: z.string(),
  responsibleBodies: z.array(z.string()),
});
export type AreaRecord = z.infer<typeof AreaRecord>;

export const ActionRecord = z.object({
  _id: z.string(),
  area: z.string(),
  reference: z.string(),
  title: z.string(),
  description: z.string().optional(),
  owner: z.string(),
  leadOrganisation: z.string(),
  startDate: z.string().optional(),
  dueDate: z.string().optional(),
  completedDate: z.string().optional(),
  progress: z.number().optional(),
  milestones: z.array(Milestone),
  updates: z.array(ActionUpdate),
  coProduction: z.array(CoProductionEntry),
  measures: z.array(z.string()),
});
export type ActionRecord = z.infer<typeof ActionRecord>;

export const MeasureRecord = z.object({
  _id: z.string(),
  area: z.string(),
  title: z.string(),
  slug: z.string(),
  description: z.string().optional(),
  unit: z.enum(MEASURE_UNITS),
  direction: z.enum(MEASURE_DIRECTIONS),
  baseline: z.object({ value: z.number(), date: z.string() }),
  target: z.object({ value: z.number(), date: z.string() }),
  source: z.enum(['data', 'survey']),
  sourceNote: z.string().optional(),
  dataPoints: z.array(DataPoint),
  surveyQuestions: z.array(z.object({ survey: z.string(), questionKey: z.string() })),
});
export type MeasureRecord = z.infer<typeof MeasureRecord>;

export const ThemeRecord = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  description: z.string(),
  areas: z.array(z.string()),
  localOfferTopic: z.enum(LOCAL_OFFER_TOPICS).optional(),
});
export type ThemeRecord = z.infer<typeof ThemeRecord>;

export const EntryRecord = z.object({
  _id: z.string(),
  title: z.string(),
  slug: z.string(),
  publishedAt: z.string(),
  youSaid: z.string(),
  commentCount: z.number(),
  quotes: z.array(ApprovedQuote),
  weDid: z.string(),
  themes: z.array(z.string()),
  actions: z.array(z.string()),
  areas: z.array(z.string()),
  agePhases: z.array(z.string()),
});
export type EntryRecord = z.infer<typeof EntryRecord>;

export const PlanContent = z.object({
  plan: PlanSummary.optional(),
  areas: z.array(AreaRecord),
  actions: z.array(ActionRecord),
  measures: z.array(MeasureRecord),
  themes: z.array(ThemeRecord),
  entries: z.array(EntryRecord),
  phases: z.array(z.object({ _id: z.string(), slug: z.string(), title: z.string() })),
});
export type PlanContent = z.infer<typeof PlanContent>;

export const planContentQuery = defineQuery(
  'planContent',
  `{
    "plan": *[_type == "plan"] | order(approvedDate desc)[0] {
      _id, title, "slug": slug.current, summary, inspectionDate, reportPublished, approvedDate, "background": coalesce(background, [])
    },
    "areas": *[_type == "priorityArea"] | order(kind asc, number asc) {
      _id, kind, number, title, "slug": slug.current, finding, outcome, responsibleBodies
    },
    "actions": *[_type == "action"] {
      _id, "area": area._ref, reference, title, description, owner, leadOrganisation, startDate, dueDate, completedDate, progress,
      "milestones": coalesce(milestones, []), "updates": coalesce(updates, []), "coProduction": coalesce(coProduction, []),
      "measures": coalesce(measures[]._ref, [])
    },
    "measures": *[_type == "impactMeasure"] | order(title asc) {
      _id, "area": area._ref, title, "slug": slug.current, description, unit, direction, baseline, target, source, sourceNote,
      "dataPoints": coalesce(dataPoints, []),
      "surveyQuestions": coalesce(surveyQuestions[]{ "survey": survey._ref, questionKey }, [])
    },
    "themes": *[_type == "feedbackTheme"] | order(title asc) {
      _id, title, "slug": slug.current, description, "areas": coalesce(areas[]._ref, []), localOfferTopic
    },
    "entries": *[_type == "youSaidWeDid"] | order(publishedAt desc) {
      _id, title, "slug": slug.current, publishedAt, youSaid, commentCount, "quotes": coalesce(quotes, []), weDid,
      "themes": coalesce(themes[]._ref, []), "actions": coalesce(actions[]._ref, []), "areas": coalesce(areas[]._ref, []),
      "agePhases": coalesce(agePhases[]._ref, [])
    },
    "phases": *[_type == "agePhase"] | order(order asc) { _id, "slug": slug.current, title }
  }`,
  PlanContent,
);
