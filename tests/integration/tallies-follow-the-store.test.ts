// The embedded store's running totals give the plan exactly the figures a count of every response gives, after
// answers arrive, are moderated and are erased, after a survey's positive answers change, and from another process.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateMeasure, loadSurveyEvidence, type GroupBy } from '../../src/evidence/index.ts';
import type { Survey } from '../../src/model/index.ts';
import { runQuery } from '../../src/queries/define.ts';
import { planContentQuery } from '../../src/queries/plan.ts';
import { openLocalStore, type LocalStore } from '../../src/store/index.ts';
import { deleteByReceipt, parseSubmission, storeSubmission, useServerSecret } from '../../src/surveys/index.ts';
import { sampleDayClock } from '../support/sample-day.ts';

const CONTENT_DIR = join(import.meta.dirname, '../../content');
const GROUPINGS: GroupBy[] = ['none', 'audience', 'agePhase'];
let dataDir: string;
let store: LocalStore;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tallies-'));
  store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
  useServerSecret('an integration test secret, long enough to use');
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Every survey measure's figures both ways, from `reader`'s point of view. */
async function expectTalliesMatchACount(reader: LocalStore = store) {
  const plan = await runQuery(reader, planContentQuery);
  const measures = plan.measures.filter((m) => m.source === 'survey');
  expect(measures.length).toBeGreaterThan(0);
  const { surveys, responses } = await loadSurveyEvidence(reader);
  let published = 0;
  for (const m of measures) {
    for (const groupBy of GROUPINGS) {
      const counted = aggregateMeasure(m, surveys, responses, { groupBy });
      expect(reader.measureFigures(m._id, groupBy), `${m._id} by ${groupBy}`).toEqual(counted);
      published += counted.periods.flatMap((p) => p.groups).filter((g) => !g.suppressed).length;
    }
  }
  // The sample has enough answers for figures to be shown, so this compares real numbers, not only "fewer than 10".
  expect(published).toBeGreaterThan(0);
}

async function answer(values: Record<string, string>) {
  const survey = await store.query<Survey>('*[_type == "survey" && audience == "young-people"][0]');
  const now = sampleDayClock()();
  const parsed = parseSubmission(survey, { submissionId: randomUUID(), answers: values }, now);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return storeSubmission(store, survey, parsed.value, now);
}

describe('running totals on the embedded store', () => {
  it('match a count of every response: as seeded, after new answers, after an edit to an answer, and after erasure', async () => {
    await expectTalliesMatchACount();
    const receipts = [];
    for (let i = 0; i < 12; i++) receipts.push((await answer({ 'age-phase': i % 2 ? 'secondary' : 'preparing-for-adulthood', 'adults-listen': String((i % 5) + 1) })).receiptCode);
    await expectTalliesMatchACount();

    const [someone] = await store.query<{ _id: string; answers: { questionKey: string; score?: number }[] }[]>(
      '*[_type == "surveyResponse" && count(answers[defined(score)]) > 0][0...1]{ _id, answers }',
      {},
      { dataset: 'feedback' },
    );
    await store.patch(someone!._id, { unset: ['agePhase'] }, { dataset: 'feedback' });
    await expectTalliesMatchACount();

    for (const code of receipts.slice(0, 7)) expect(await deleteByReceipt(store, code)).toBe('deleted');
    await expectTalliesMatchACount();
  });

  it('are counted again when a survey’s positive answers change', async () => {
    const survey = await store.query<Survey>('*[_type == "survey" && audience == "young-people"][0]');
    const measure = 'impactMeasure-young-people-who-feel-listened-to';
    const before = store.measureFigures(measure, 'none');
    // Only "5" counts as feeling listened to from now on, not "4" as well.
    const questions = survey.questions.map((q) => (q.key === 'adults-listen' ? { ...q, positiveValues: ['5'] } : q));
    await store.patch(survey._id, { set: { questions } });
    await expectTalliesMatchACount();
    expect(store.measureFigures(measure, 'none')).not.toEqual(before);
  });

  it('follow answers written by another process on the same DATA_DIR', async () => {
    const other = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: sampleDayClock() });
    try {
      await expectTalliesMatchACount(other);
      for (let i = 0; i < 11; i++) await answer({ 'age-phase': 'preparing-for-adulthood', 'adults-listen': '5' });
      await expectTalliesMatchACount(other);
    } finally {
      await other.close();
    }
  });
});
