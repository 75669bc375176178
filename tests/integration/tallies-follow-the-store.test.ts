// The embedded store's running totals give the plan exactly the figures a count of every response gives for every
// quarter not yet published, after answers arrive, are moderated and are erased, after a survey's positive answers
// change, and from another process; a quarter that has ended keeps the figures it was published with.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateMeasure, loadSurveyEvidence, type GroupBy, type MeasureFigures } from '../../src/evidence/index.ts';
import { quarterFromIndex, quarterIndex } from '../../src/evidence/quarter.ts';
import type { Survey } from '../../src/model/index.ts';
import { runQuery } from '../../src/queries/define.ts';
import { planContentQuery } from '../../src/queries/plan.ts';
import { openLocalStore, type LocalStore } from '../../src/store/index.ts';
import { deleteByReceipt, parseSubmission, storeSubmission, useServerSecret } from '../../src/surveys/index.ts';
import { SAMPLE_DAY, sampleDayClock } from '../support/sample-day.ts';

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

/** The sample's quarter: earlier ones have ended, so they were published when the plan was first read. */
const CURRENT = quarterFromIndex(quarterIndex(`${SAMPLE_DAY}T12:00:00Z`)).key;
const isPublished = (key: string) => key < CURRENT;
/**
 * The periods `keep` picks, without groups nobody is in: a group first seen in a later quarter is listed with n 0 in
 * every period, which is how the figures are laid out, not a change in them.
 */
const only = (figures: MeasureFigures, keep: (key: string) => boolean): MeasureFigures => ({
  periods: figures.periods.filter((p) => keep(p.key)).map((p) => ({ ...p, groups: p.groups.filter((g) => g.n > 0) })),
});
type Published = Map<string, MeasureFigures>;

/**
 * Every survey measure's figures both ways, from `reader`'s point of view: for the quarters not yet published, equal
 * to a count of the responses stored now; for the published ones, equal to `published` (what the first look showed).
 * Returns what it saw, to be the `published` of later looks.
 */
async function expectTalliesMatchACount(reader: LocalStore = store, published?: Published): Promise<Published> {
  const plan = await runQuery(reader, planContentQuery);
  const measures = plan.measures.filter((m) => m.source === 'survey');
  expect(measures.length).toBeGreaterThan(0);
  const { surveys, responses } = await loadSurveyEvidence(reader);
  const seen: Published = new Map();
  let shown = 0;
  for (const m of measures) {
    for (const groupBy of GROUPINGS) {
      const counted = aggregateMeasure(m, surveys, responses, { groupBy });
      const figures = reader.measureFigures(m._id, groupBy);
      const label = `${m._id} by ${groupBy}`;
      seen.set(label, figures);
      expect(only(figures, (key) => !isPublished(key)), label).toEqual(only(counted, (key) => !isPublished(key)));
      expect(only(figures, isPublished), label).toEqual(only(published?.get(label) ?? counted, isPublished));
      shown += counted.periods.flatMap((p) => p.groups).filter((g) => !g.suppressed).length;
    }
  }
  // The sample has enough answers for figures to be shown, so this compares real numbers, not only "fewer than 10".
  expect(shown).toBeGreaterThan(0);
  return seen;
}

async function answer(values: Record<string, string>, now = sampleDayClock()()) {
  const survey = await store.query<Survey>('*[_type == "survey" && audience == "young-people"][0]');
  const parsed = parseSubmission(survey, { submissionId: randomUUID(), answers: values }, now);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return storeSubmission(store, survey, parsed.value, now);
}

describe('running totals on the embedded store', () => {
  it('match a count of every response: as seeded, after new answers, after an edit to an answer, and after erasure', async () => {
    const published = await expectTalliesMatchACount();
    const receipts = [];
    for (let i = 0; i < 12; i++) receipts.push((await answer({ 'age-phase': i % 2 ? 'secondary' : 'preparing-for-adulthood', 'adults-listen': String((i % 5) + 1) })).receiptCode);
    await expectTalliesMatchACount(store, published);

    const [someone] = await store.query<{ _id: string; answers: { questionKey: string; score?: number }[] }[]>(
      '*[_type == "surveyResponse" && count(answers[defined(score)]) > 0][0...1]{ _id, answers }',
      {},
      { dataset: 'feedback' },
    );
    await store.patch(someone!._id, { unset: ['agePhase'] }, { dataset: 'feedback' });
    await expectTalliesMatchACount(store, published);

    for (const code of receipts.slice(0, 7)) expect(await deleteByReceipt(store, code, sampleDayClock()())).toBe('deleted');
    await expectTalliesMatchACount(store, published);
  });

  it('are counted again when a survey’s positive answers change', async () => {
    const survey = await store.query<Survey>('*[_type == "survey" && audience == "young-people"][0]');
    const measure = 'impactMeasure-young-people-who-feel-listened-to';
    for (let i = 0; i < 10; i++) await answer({ 'age-phase': 'secondary', 'adults-listen': '4' });
    const published = await expectTalliesMatchACount();
    const before = store.measureFigures(measure, 'none');
    // Only "5" counts as feeling listened to from now on, not "4" as well.
    const questions = survey.questions.map((q) => (q.key === 'adults-listen' ? { ...q, positiveValues: ['5'] } : q));
    await store.patch(survey._id, { set: { questions } });
    await expectTalliesMatchACount(store, published);
    expect(only(store.measureFigures(measure, 'none'), (key) => !isPublished(key))).not.toEqual(only(before, (key) => !isPublished(key)));
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

describe('a quarter that has ended', () => {
  const MEASURE = 'impactMeasure-young-people-who-feel-listened-to';
  const periodOf = (figures: MeasureFigures, key: string) => figures.periods.find((p) => p.key === key);

  it('keeps the figures it ended with: answers deleted afterwards leave the running totals, not the published counts', async () => {
    // A clock that can move past the quarter's end, as the portal's does.
    let today = new Date(`${SAMPLE_DAY}T12:00:00Z`);
    await store.close();
    store = await openLocalStore({ dataDir, contentDir: CONTENT_DIR, now: () => new Date(today) });
    const receipts = [];
    for (let i = 0; i < 12; i++) receipts.push((await answer({ 'age-phase': 'secondary', 'adults-listen': '5' }, today)).receiptCode);
    const asItEnded = periodOf(store.measureFigures(MEASURE, 'none'), CURRENT);
    expect(asItEnded?.groups[0]?.suppressed).toBe(false);

    // The first day of the next quarter. Nobody looks at the plan before seven of the answers are deleted.
    const [year, q] = CURRENT.split('-Q').map(Number);
    today = new Date(`${quarterFromIndex(year! * 4 + q! - 1).end}T23:30:00Z`);
    today = new Date(today.getTime() + 86_400_000);
    for (const code of receipts.slice(0, 7)) expect(await deleteByReceipt(store, code, today)).toBe('deleted');

    expect(periodOf(store.measureFigures(MEASURE, 'none'), CURRENT)).toEqual(asItEnded);
    // A count of what is still stored has seven fewer: the figures are frozen counts, not the answers.
    const plan = await runQuery(store, planContentQuery);
    const { surveys, responses } = await loadSurveyEvidence(store);
    const counted = aggregateMeasure(plan.measures.find((m) => m._id === MEASURE)!, surveys, responses, { groupBy: 'none' });
    expect(periodOf(counted, CURRENT)!.groups[0]!.n).toBe(asItEnded!.groups[0]!.n - 7);
  });
});
