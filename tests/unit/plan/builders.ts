// Small plans for unit tests: valid defaults, each builder overridable, results parsed by the query's zod schemas.
import { ActionRecord, AreaRecord, EntryRecord, MeasureRecord, PlanContent, ThemeRecord } from '../../../src/queries/plan.ts';

export function anArea(overrides: Partial<AreaRecord> = {}): AreaRecord {
  return AreaRecord.parse({
    _id: 'priorityArea-pa1',
    kind: 'priority-action',
    number: 1,
    title: 'Children and families at the centre',
    slug: 'priority-action-1',
    finding: 'Leaders must put children at the centre.',
    outcome: 'Families can see what is being done.',
    responsibleBodies: ['Testshire Council'],
    ...overrides,
  });
}

export function anAction(overrides: Partial<ActionRecord> = {}): ActionRecord {
  return ActionRecord.parse({
    _id: 'action-pa1-1',
    area: 'priorityArea-pa1',
    reference: 'PA1.1',
    title: 'Set up the board',
    owner: 'Director',
    leadOrganisation: 'Testshire Council',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    progress: 90,
    milestones: [],
    updates: [],
    coProduction: [],
    measures: [],
    ...overrides,
  });
}

export function aMeasure(overrides: Partial<MeasureRecord> = {}): MeasureRecord {
  return MeasureRecord.parse({
    _id: 'impactMeasure-waits',
    area: 'priorityArea-pa1',
    title: 'Average wait',
    slug: 'average-wait',
    unit: 'weeks',
    direction: 'lower-is-better',
    baseline: { value: 96, date: '2025-09-30' },
    target: { value: 40, date: '2027-06-30' },
    source: 'data',
    dataPoints: [
      { _key: 'a', date: '2026-03-31', value: 90 },
      { _key: 'b', date: '2026-06-30', value: 80 },
      { _key: 'c', date: '2026-09-30', value: 70 },
    ],
    surveyQuestions: [],
    ...overrides,
  });
}

export function aTheme(overrides: Partial<ThemeRecord> = {}): ThemeRecord {
  return ThemeRecord.parse({ _id: 'feedbackTheme-waits', title: 'Waiting times', slug: 'waiting-times', description: 'Waits.', areas: ['priorityArea-pa1'], ...overrides });
}

export function anEntry(overrides: Partial<EntryRecord> = {}): EntryRecord {
  return EntryRecord.parse({
    _id: 'youSaidWeDid-waits',
    title: 'Help while waiting',
    slug: 'help-while-waiting',
    publishedAt: '2026-07-05',
    youSaid: 'Families said waits were long.',
    commentCount: 118,
    quotes: [{ _key: 'q1', text: 'Nobody told us anything.', attribution: 'A parent of a primary-age child', approvedAt: '2026-06-28' }],
    weDid: 'Every child now has a risk assessment.',
    themes: ['feedbackTheme-waits'],
    actions: ['action-pa1-1'],
    areas: ['priorityArea-pa1'],
    agePhases: ['agePhase-primary'],
    ...overrides,
  });
}

export function aPlanContent(overrides: Partial<PlanContent> = {}): PlanContent {
  return PlanContent.parse({
    plan: {
      _id: 'plan-x',
      title: 'Testshire SEND Improvement Plan',
      slug: 'plan',
      summary: 'How we will improve.',
      inspectionDate: '2025-06-30',
      reportPublished: '2025-08-22',
      approvedDate: '2025-10-16',
      background: [],
    },
    areas: [anArea(), anArea({ _id: 'priorityArea-r1', kind: 'recommendation', number: 1, title: 'Training', slug: 'recommendation-1' })],
    actions: [anAction()],
    measures: [aMeasure()],
    themes: [aTheme()],
    entries: [anEntry()],
    phases: [
      { _id: 'agePhase-early-years', slug: 'early-years', title: 'Early years' },
      { _id: 'agePhase-primary', slug: 'primary', title: 'Primary' },
    ],
    ...overrides,
  });
}
