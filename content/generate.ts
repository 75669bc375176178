// CLI: generate a dataset of any size, e.g. `npm run generate -- --services 10000 --responses 100000`.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLE_OPTIONS, generateDataset } from './generator/index.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { SAMPLE_DAY_FILE } from '../src/sample/sample-day.ts';
import { sampleDayJson, writeNdjson } from './generator/ndjson.ts';

const USAGE = `Usage: node scripts/node24.mjs content/generate.ts [options]

  --services N    number of services (default ${SAMPLE_OPTIONS.services})
  --responses N   number of survey responses (default ${SAMPLE_OPTIONS.responses})
  --seed N        seed for the generator (default ${SAMPLE_OPTIONS.seed})
  --today DATE    "today" as YYYY-MM-DD (default ${SAMPLE_OPTIONS.today})
  --out DIR       output folder (default content/generated/)

Writes DIR/sample.ndjson (the content dataset), DIR/feedback.ndjson (the private feedback dataset) and DIR/sample-day.json
(the day they were written for: the embedded store moves their dates to the day it is first created).`;

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: 'string' },
      responses: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options = {
    services: wholeNumber('services', values.services, SAMPLE_OPTIONS.services),
    responses: wholeNumber('responses', values.responses, SAMPLE_OPTIONS.responses),
    seed: wholeNumber('seed', values.seed, SAMPLE_OPTIONS.seed),
    today: values.today ?? SAMPLE_OPTIONS.today,
  };
  const out = resolve(values.out ?? join(import.meta.dirname, 'generated'));
  const started = performance.now();
  const { content, feedback } = generateDataset(options);
  const generated = performance.now();
  await mkdir(out, { recursive: true });
  await Promise.all([
    writeNdjson(join(out, 'sample.ndjson'), content),
    writeNdjson(join(out, 'feedback.ndjson'), feedback),
    // The embedded store moves the dataset's dates from this day to the day it is first loaded, as it does the sample's.
    writeFile(join(out, SAMPLE_DAY_FILE), sampleDayJson(options.today)),
  ]);
  const written = performance.now();

  const counts = new Map<string, number>();
  for (const doc of [...content, ...feedback]) counts.set(doc._type, (counts.get(doc._type) ?? 0) + 1);
  console.log(`Generated ${content.length + feedback.length} documents (seed ${options.seed}, today ${options.today}):`);
  for (const [type, n] of counts) console.log(`  ${type.padEnd(18)} ${String(n).padStart(7)}`);
  console.log(`Wrote ${join(out, 'sample.ndjson')} (${content.length} documents) and ${join(out, 'feedback.ndjson')} (${feedback.length} documents).`);
  console.log(`Time: ${((generated - started) / 1000).toFixed(2)} s to generate, ${((written - generated) / 1000).toFixed(2)} s to write.`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\n${USAGE}`);
  process.exit(1);
});
