// The improvement plan: its areas (priority actions and recommendations), actions and impact measures.
import { z } from 'zod';
import { IsoDate, Key, PortableText, Slug, refTo, systemFields } from './common.ts';

export const Plan = z.object({
  ...systemFields,
  _type: z.literal('plan'),
  title: z.string().min(1),
  slug: Slug,
  summary: z.string().min(1),
  inspectionDate: IsoDate,
  reportPublished: IsoDate,
  approvedDate: IsoDate.optional(),
  background: PortableText.default([]),
});
export type Plan = z.infer<typeof Plan>;

export const AREA_KINDS = ['priority-action', 'recommendation'] as const;

export const PriorityArea = z.object({
  ...systemFields,
  _type: z.literal('priorityArea'),
  plan: refTo('plan'),
  kind: z.enum(AREA_KINDS),
  /** Its number in the inspection report, within its kind (priority action 1–5, recommendation 1–4). */
  number: z.number().int().min(1),
  title: z.string().min(1),
  slug: Slug,
  /** The inspection report's words. */
  finding: z.string().min(1),
  /** What success looks like for children and families, in plain English. */
  outcome: z.string().min(1),
  responsibleBodies: z.array(z.string().min(1)).min(1, 'name at least one responsible body'),
});
export type PriorityArea = z.infer<typeof PriorityArea>;

export const Milestone = z.object({
  _key: Key,
  title: z.string().min(1),
  dueDate: IsoDate,
  completedDate: IsoDate.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

/** A dated entry in the action-and-impact log. */
export const ActionUpdate = z.object({
  _key: Key,
  date: IsoDate,
  text: z.string().min(1),
  impact: z.string().optional(),
});
export type ActionUpdate = z.infer<typeof ActionUpdate>;

export const CO_PRODUCTION_INVOLVEMENT = ['co-produced', 'reviewed', 'consulted'] as const;
export const CoProductionEntry = z.object({
  _key: Key,
  group: z.string().min(1),
  involvement: z.enum(CO_PRODUCTION_INVOLVEMENT),
  date: IsoDate,
  note: z.string().optional(),
});
export type CoProductionEntry = z.infer<typeof CoProductionEntry>;

export const Action = z
  .object({
    ...systemFields,
    _type: z.literal('action'),
    area: refTo('priorityArea'),
    /** The plan's own reference, e.g. "PA2.3". */
    reference: z.string().min(1),
    title: z.string().min(1),
    description: z.string().optional(),
    owner: z.string().min(1),
    leadOrganisation: z.string().min(1),
    startDate: IsoDate.optional(),
    dueDate: IsoDate.optional(),
    completedDate: IsoDate.optional(),
    /** Percentage complete as last reported by the owner. */
    progress: z.number().int().min(0).max(100).optional(),
    milestones: z.array(Milestone).default([]),
    updates: z.array(ActionUpdate).default([]),
    coProduction: z.array(CoProductionEntry).default([]),
    measures: z.array(refTo('impactMeasure')).default([]),
  })
  .refine((a) => !a.startDate || !a.dueDate || a.startDate <= a.dueDate, {
    message: 'the due date must not be before the start date',
    path: ['dueDate'],
  });
export type Action = z.infer<typeof Action>;

export const MEASURE_UNITS = ['percent', 'number', 'days', 'weeks'] as const;
export const MEASURE_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;

export const DataPoint = z.object({
  _key: Key,
  date: IsoDate,
  value: z.number(),
  note: z.string().optional(),
});
export type DataPoint = z.infer<typeof DataPoint>;

export const SurveyQuestionLink = z.object({
  _key: Key,
  survey: refTo('survey'),
  questionKey: z.string().min(1),
});

export const ImpactMeasure = z
  .object({
    ...systemFields,
    _type: z.literal('impactMeasure'),
    area: refTo('priorityArea'),
    title: z.string().min(1),
    slug: Slug,
    description: z.string().optional(),
    unit: z.enum(MEASURE_UNITS),
    direction: z.enum(MEASURE_DIRECTIONS),
    baseline: z.object({ value: z.number(), date: IsoDate }),
    target: z.object({ value: z.number(), date: IsoDate }),
    /** Where the figures come from: a named data source, or survey answers (the evidence code computes them). */
    source: z.enum(['data', 'survey']),
    sourceNote: z.string().optional(),
    dataPoints: z.array(DataPoint).default([]),
    surveyQuestions: z.array(SurveyQuestionLink).default([]),
  })
  .refine((m) => m.source !== 'survey' || m.surveyQuestions.length > 0, {
    message: 'a survey-based measure needs at least one linked survey question',
    path: ['surveyQuestions'],
  })
  .refine(
    (m) =>
      m.direction === 'higher-is-better' ? m.target.value >= m.baseline.value : m.target.value <= m.baseline.value,
    { message: 'the target must be on the better side of the baseline for this direction', path: ['target', 'value'] },
  );
export type ImpactMeasure = z.infer<typeof ImpactMeasure>;
