// CLI: rewrite the committed sample (content/sample-day.json, sample.ndjson, feedback.ndjson, postcode-districts.json).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from '../src/model/index.ts';
import { checkIntegrity } from '../src/model/integrity.ts';
import { POSTCODE_DISTRICTS } from './generator/geography.ts';
import { SAMPLE_OPTIONS, generateDataset } from './generator/index.ts';
import { sampleDayJson, toNdjson } from './generator/ndjson.ts';
import { SAMPLE_DAY_FILE } from '../src/sample/sample-day.ts';

export const SAMPLE_FILES = {
  sampleDay: join(import.meta.dirname, SAMPLE_DAY_FILE),
  content: join(import.meta.dirname, 'sample.ndjson'),
  feedback: join(import.meta.dirname, 'feedback.ndjson'),
  postcodeDistricts: join(import.meta.dirname, 'postcode-districts.json'),
} as const;

/** The exact text of each committed file, so a test can compare them with what is on disk. */
export function sampleFileContents(): Record<keyof typeof SAMPLE_FILES, string> {
  const { content, feedback } = generateDataset(SAMPLE_OPTIONS);
  return {
    sampleDay: sampleDayJson(SAMPLE_OPTIONS.today),
    content: toNdjson(content),
    feedback: toNdjson(feedback),
    postcodeDistricts: JSON.stringify(POSTCODE_DISTRICTS, null, 2) + '\n',
  };
}

/** Refuse to write a sample the site could not load: every document must parse and every reference resolve. */
function assertValid(): void {
  const { content, feedback } = generateDataset(SAMPLE_OPTIONS);
  const parsed = [...content, ...feedback].map((d) => parseDocument(d));
  const problems = checkIntegrity(parsed);
  if (problems.length > 0) {
    throw new Error('the sample has broken references:\n' + problems.map((p) => `  ${p.documentId} ${p.path}: ${p.message}`).join('\n'));
  }
}

if (import.meta.main) {
  assertValid();
  const files = sampleFileContents();
  for (const key of Object.keys(SAMPLE_FILES) as (keyof typeof SAMPLE_FILES)[]) {
    await writeFile(SAMPLE_FILES[key], files[key]);
    console.log(`Wrote ${SAMPLE_FILES[key]}`);
  }
}
