// Sanity mode's survey figures: counted with count() queries where the answers are, never downloaded; each quarter
// that has ended is published once as frozen publishedQuarter documents that every server shares, and a deletion
// after a quarter ends changes only the quarter under way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateMeasure, loadSurveyEvidence, type MeasureFigures } from '../../src/evidence/index.ts';
import { countedFigures } from '../../src/evidence/counted-figures.ts';
import { quarterIndex, quarterStart } from '../../src/evidence/quarter.ts';
import type { MeasureForTally } from '../../src/evidence/tally.ts';
import { eraseFeedback } from '../../src/privacy/erase.ts';
import { runQuery } from '../../src/queries/define.ts';
import { planContentQuery } from '../../src/queries/plan.ts';
import type { SanityStore } from '../../src/store/index.ts';
import type { ContentStore } from '../../src/store/port.ts';
import { sanityStoreOn, startSanityDouble, type SanityDouble } from '../doubles/sanity-server.ts';
import { sample } from '../unit/content/load-sample.ts';
import { SAMPLE_DAY } from '../support/sample-day.ts';

const NOW = new Date(`${SAMPLE_DAY}T12:00:00Z`);
const CURRENT = quarterIndex(NOW.toISOString());
const MEASURE = 'impactMeasure-young-people-who-feel-listened-to';

let double: SanityDouble;
const stores: SanityStore[] = [];

function server(): SanityStore {
  const store = sanityStoreOn(double, { backoffMs: () => 10 });
  stores.push(store);
  return store;
}

/** The store, noting every query's result: what left Sanity. */
function watched(store: SanityStore): { store: ContentStore; results: unknown[] } {
  const results: unknown[] = [];
  const proxy = new Proxy(store, {
    get(target, key) {
      if (key === 'query') {
        return async (...args: Parameters<ContentStore['query']>) => {
          const result = await target.query(...args);
          results.push(result);
          return result;
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, results };
}

async function surveyMeasures(store: ContentStore): Promise<MeasureForTally[]> {
  const plan = await runQuery(store, planContentQuery);
  return plan.measures
    .filter((m) => m.source === 'survey')
    .map((m) => ({ _id: m._id, surveyQuestions: m.surveyQuestions.map((l) => ({ survey: { _ref: l.survey }, questionKey: l.questionKey })) }));
}

/** What a count of every stored response gives (read whole here, by the test, to check the site never needs to). */
async function countedByHand(store: ContentStore, measures: readonly MeasureForTally[]): Promise<Map<string, MeasureFigures>> {
  const { surveys, responses } = await loadSurveyEvidence(store);
  return new Map(measures.map((m) => [m._id, aggregateMeasure(m, surveys, responses, { groupBy: 'none' })]));
}

const periods = (figures: MeasureFigures | undefined, keep: (key: string) => boolean) => (figures?.periods ?? []).filter((p) => keep(p.key));
const ended = (key: string) => key < quarterKeyOf(CURRENT);
const underWay = (key: string) => !ended(key);
function quarterKeyOf(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Ids of young people's responses that count towards MEASURE, sent in [from, to). */
async function countingResponses(store: ContentStore, from: string, to: string, howMany: number): Promise<string[]> {
  return store.query<string[]>(
    '*[_type == "surveyResponse" && survey._ref == "survey-young-people" && dateTime(submittedAt) >= dateTime($from) && dateTime(submittedAt) < dateTime($to) && count(answers[questionKey == "adults-listen" && defined(score)]) > 0][0...$howMany]._id',
    { from, to, howMany },
    { dataset: 'feedback' },
  );
}

const publishedQuarters = () => double.documents('feedback').filter((d) => d._type === 'publishedQuarter');

beforeEach(async () => {
  double = await startSanityDouble({ documents: { production: sample().content, feedback: sample().feedback }, privateDatasets: ['feedback'] });
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await double.close();
});

describe('survey figures in Sanity mode', () => {
  it('equal a count of every response, with no answer ever leaving Sanity, and publish each ended quarter once', async () => {
    const { store, results } = watched(server());
    const measures = await surveyMeasures(store);
    results.length = 0;
    const figures = await countedFigures(store, measures, NOW);

    const expected = await countedByHand(server(), measures);
    for (const m of measures) expect(figures.get(m._id), m._id).toEqual(expected.get(m._id));
    expect(periods(figures.get(MEASURE), ended).some((p) => !p.groups[0]!.suppressed), 'figures are shown, not only "fewer than 10"').toBe(true);
    expect(periods(figures.get(MEASURE), underWay).length).toBe(1);
    // Counts, ids and a date came back; never a response or an answer.
    expect(JSON.stringify(results)).not.toMatch(/"answers"|"receiptHash"|"audience"/);

    const published = publishedQuarters();
    expect(published.length).toBeGreaterThan(measures.length);
    expect(new Set(published.map((d) => d.quarter)).has(quarterKeyOf(CURRENT))).toBe(false);
    // Another server on the same project finds them published and writes nothing.
    const mutationsBefore = double.requests.filter((r) => r.endpoint === 'mutate').length;
    expect(await countedFigures(server(), measures, NOW)).toEqual(figures);
    expect(double.requests.filter((r) => r.endpoint === 'mutate').length).toBe(mutationsBefore);
  });

  it('keep an ended quarter as published: answers deleted after it ended leave it alone, even if nobody had looked yet', async () => {
    const store = server();
    const measures = await surveyMeasures(store);
    const before = await countedByHand(store, measures);

    // Nobody has read the figures yet. Five answers from the last quarter and three from this one are deleted.
    const lastQuarter = await countingResponses(store, quarterStart(CURRENT - 1), quarterStart(CURRENT), 5);
    const thisQuarter = await countingResponses(store, quarterStart(CURRENT), quarterStart(CURRENT + 1), 3);
    expect(lastQuarter).toHaveLength(5);
    expect(thisQuarter).toHaveLength(3);
    await eraseFeedback(store, [...lastQuarter, ...thisQuarter], 'deleted with its receipt code', NOW);

    const figures = await countedFigures(store, measures, NOW);
    const after = await countedByHand(store, measures);
    // The last quarter is as it ended; this quarter follows the answers still held.
    expect(periods(figures.get(MEASURE), ended)).toEqual(periods(before.get(MEASURE), ended));
    expect(periods(after.get(MEASURE), ended)).not.toEqual(periods(before.get(MEASURE), ended));
    expect(periods(figures.get(MEASURE), underWay)).toEqual(periods(after.get(MEASURE), underWay));
    expect(periods(figures.get(MEASURE), underWay)[0]!.groups[0]!.n).toBe(periods(before.get(MEASURE), underWay)[0]!.groups[0]!.n - 3);
  });
});
