// Time to turn 100,000 survey responses into every survey measure's published figures (per quarter, per group).
// Usage: node scripts/node24.mjs bench/aggregate.ts [DIR]   (DIR holds a generated feedback.ndjson; made if missing)
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateMeasure, surveyMeasureSeries, type GroupBy } from '../src/evidence/index.ts';
import type { ImpactMeasure, Survey, SurveyResponse } from '../src/model/index.ts';
import { generateArea, report, round } from './support.ts';

const RESPONSES = 100_000;
const dir = process.argv[2] ?? join(tmpdir(), `send-bench-${RESPONSES}`);
if (!existsSync(join(dir, 'feedback.ndjson'))) {
  console.log(`Generating ${RESPONSES.toLocaleString('en-GB')} responses into ${dir} …`);
  await generateArea(dir, 100, RESPONSES);
}

function readNdjson(file: string): { _type: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { _type: string });
}

let started = performance.now();
const content = readNdjson(join(dir, 'sample.ndjson'));
const responses = readNdjson(join(dir, 'feedback.ndjson')).filter((d) => d._type === 'surveyResponse') as SurveyResponse[];
const readMs = performance.now() - started;
const surveys = content.filter((d) => d._type === 'survey') as Survey[];
const measures = (content.filter((d) => d._type === 'impactMeasure') as ImpactMeasure[]).filter((m) => m.source === 'survey');

/** Every survey measure, every grouping, and the chart series: what the plan pages need after a new response. */
function everything(): number {
  let periods = 0;
  for (const measure of measures) {
    for (const groupBy of ['none', 'audience', 'agePhase'] as GroupBy[]) periods += aggregateMeasure(measure, surveys, responses, { groupBy }).periods.length;
    periods += surveyMeasureSeries(measure, surveys, responses).points.length;
  }
  return periods;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

everything(); // warm up the JIT, as a long-running server would be
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  started = performance.now();
  everything();
  runs.push(performance.now() - started);
}
const single: number[] = [];
for (let i = 0; i < 5; i++) {
  started = performance.now();
  aggregateMeasure(measures[0]!, surveys, responses, { groupBy: 'agePhase' });
  single.push(performance.now() - started);
}

console.log(`Responses: ${responses.length.toLocaleString('en-GB')} (read and JSON-parsed in ${readMs.toFixed(0)} ms)`);
console.log(`One measure, one grouping: ${median(single).toFixed(1)} ms (median of 5)`);
console.log(
  `All ${measures.length} survey measures × (3 groupings + chart series): ${median(runs).toFixed(1)} ms (median of 5; ` +
    `${(median(runs) / (measures.length * 4)).toFixed(1)} ms per aggregation)`,
);
report(`aggregation: read and parse ${responses.length.toLocaleString('en-GB')} responses`, Math.round(readMs), 'ms');
report('aggregation: one measure, one grouping', round(median(single)), 'ms');
report(`aggregation: all ${measures.length} survey measures, 3 groupings + chart series`, round(median(runs)), 'ms');
report('aggregation: each of those', round(median(runs) / (measures.length * 4)), 'ms');
