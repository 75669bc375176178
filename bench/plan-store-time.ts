// Store time behind the plan pages at 100,000 survey responses: what site/lib/plan-data.ts asks of the embedded store
// when its copy is dropped (the plan content query, then every survey measure's series from the running totals), on
// the sample's content with that many generated responses. For comparison, once: the old way (read every response,
// count each measure afresh), and what the first open of a new database costs (seeding, and the one-off recount).
// PLAN_RESPONSES and PLAN_RUNS shrink it while developing, e.g. `PLAN_RESPONSES=5000 node scripts/node24.mjs bench/plan-store-time.ts`.
import { rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { SAMPLE_OPTIONS } from '../content/generator/index.ts';
import { loadSurveyEvidence, surveyMeasureSeries, surveySeriesByMeasure, type MeasureForSeries } from '../src/evidence/index.ts';
import type { MeasureSeries } from '../src/plan/measure-series.ts';
import { runQuery } from '../src/queries/define.ts';
import { planContentQuery } from '../src/queries/plan.ts';
import { openLocalStore, type LocalStore } from '../src/store/index.ts';
import { generateArea, report, round, scratchDir, table } from './support.ts';

const RESPONSES = Number(process.env.PLAN_RESPONSES ?? 100_000);
const RUNS = Number(process.env.PLAN_RUNS ?? 50);
const WARM_UP_RUNS = 10;
const of = `${RESPONSES.toLocaleString('en-GB')} responses`;

const surveyMeasures = (measures: readonly (MeasureForSeries & { source: string })[]) => measures.filter((m) => m.source === 'survey');

/** What a plan page view asks of the store once its cached copy is dropped: the content, and the survey series. */
async function planRead(store: LocalStore): Promise<Map<string, MeasureSeries>> {
  const plan = await runQuery(store, planContentQuery);
  return surveySeriesByMeasure(store, surveyMeasures(plan.measures), new Date());
}

/**
 * As site/lib/plan-data.ts runs it on a miss: its two caches are dropped together and each reads the plan content, so a
 * page view after a change reads it twice alongside the series.
 */
async function planDataMiss(store: LocalStore): Promise<void> {
  await Promise.all([runQuery(store, planContentQuery), planRead(store)]);
}

/** The way before running totals: every response read from the private dataset, every measure counted afresh. */
async function oldWay(store: LocalStore): Promise<Map<string, MeasureSeries>> {
  const [plan, evidence] = await Promise.all([runQuery(store, planContentQuery), loadSurveyEvidence(store)]);
  return new Map(surveyMeasures(plan.measures).map((m) => [m._id, surveyMeasureSeries(m, evidence.surveys, evidence.responses)]));
}

async function timed<T>(body: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await body();
  return [value, performance.now() - started];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Timings of `body` over RUNS runs after WARM_UP_RUNS, as a long-running server's JIT would have it. */
async function repeated(body: () => Promise<unknown>): Promise<{ median: number; p95: number; max: number }> {
  for (let i = 0; i < WARM_UP_RUNS; i++) await body();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(body))[1]);
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
}

const contentDir = scratchDir('plan-area');
const dataDir = scratchDir('plan-data');
rmSync(dataDir, { recursive: true, force: true });
try {
  console.log(`Generating the sample's content (${SAMPLE_OPTIONS.services} services) with ${of} …`);
  await generateArea(contentDir, SAMPLE_OPTIONS.services, RESPONSES);

  // First open of a new database: the seed files are read and written in, then the first read of the totals counts every response.
  const [created, seedMs] = await timed(() => openLocalStore({ dataDir, contentDir }));
  const { documents } = created.stats();
  const measureIds = surveyMeasures((await runQuery(created, planContentQuery)).measures).map((m) => m._id);
  const [, recountMs] = await timed(() => created.measureFigures(measureIds[0]!, 'none'));
  const [, firstReadMs] = await timed(() => planRead(created));
  await created.close();

  // What a server restart sees: the database is there and its totals are current, so nothing is counted again.
  const [store, reopenMs] = await timed(() => openLocalStore({ dataDir, contentDir }));
  try {
    const [, firstReadAfterReopenMs] = await timed(() => planRead(store));
    const plan = await repeated(() => planRead(store));
    const miss = await repeated(() => planDataMiss(store));
    const [oldSeries, oldMs] = await timed(() => oldWay(store));
    const newSeries = await planRead(store);
    const ids = new Set([...oldSeries.keys(), ...newSeries.keys()]);
    const differing = [...ids].filter((id) => !isDeepStrictEqual(oldSeries.get(id), newSeries.get(id))).length;

    console.log(
      `Store: ${documents.content.toLocaleString('en-GB')} content documents, ${documents.feedback.toLocaleString('en-GB')} private ` +
        `(${of}); ${measureIds.length} survey measures.`,
    );
    console.log(
      table(
        ['what', 'ms'],
        [
          ['first open of a new database: seed files read and written in', seedMs.toFixed(0)],
          ['  then the one-off recount (first read of the running totals)', recountMs.toFixed(0)],
          ['  then the first plan read', firstReadMs.toFixed(1)],
          ['reopen (a server restart): content index loaded, no recount', reopenMs.toFixed(0)],
          ['  then the first plan read', firstReadAfterReopenMs.toFixed(1)],
          [`plan read (content query + survey series), median of ${RUNS}`, plan.median.toFixed(1)],
          [`  p95 / slowest`, `${plan.p95.toFixed(1)} / ${plan.max.toFixed(1)}`],
          [`as plan-data.ts does on a miss (content query twice + series), median`, miss.median.toFixed(1)],
          [`  p95 / slowest`, `${miss.p95.toFixed(1)} / ${miss.max.toFixed(1)}`],
          ['old way, once: every response read, every measure counted afresh', oldMs.toFixed(0)],
        ],
      ),
    );
    console.log(`Old way / running totals = ${(oldMs / plan.median).toFixed(0)}× the median plan read.`);
    if (differing > 0) console.log(`${differing} measures' series from the running totals differ from counting every response.`);

    report(`plan store time, median of ${RUNS}, ${of}`, round(plan.median), 'ms', { atMost: 50 });
    report(`plan store time, p95 of ${RUNS}, ${of}`, round(plan.p95), 'ms');
    report(`plan store time as plan-data.ts reads on a miss (content query twice), median, ${of}`, round(miss.median), 'ms');
    report(`plan store time the old way (every response read and counted), once, ${of}`, Math.round(oldMs), 'ms');
    report(`one-off recount on the first read after the first open, ${of}`, Math.round(recountMs), 'ms');
    report(`first open of a new database (seeding), ${of}`, Math.round(seedMs), 'ms');
    report(`reopen of an existing database, ${of}`, Math.round(reopenMs), 'ms');
    report('survey measures whose series differ from counting every response', differing, 'measures', { atMost: 0 });
    if (differing > 0) process.exitCode = 1;
  } finally {
    await store.close();
  }
} finally {
  for (const dir of [contentDir, dataDir]) rmSync(dir, { recursive: true, force: true });
}
