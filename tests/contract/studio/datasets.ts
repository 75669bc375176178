// The sample dataset files the Studio contract checks, and the dataset each belongs to in Sanity.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DatasetFile {
  /** The Sanity dataset the file is imported into. */
  dataset: 'production' | 'feedback';
  path: string;
  relative: string;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

export const DATASET_FILES: DatasetFile[] = [
  { dataset: 'production', relative: 'content/sample.ndjson', path: `${root}content/sample.ndjson` },
  { dataset: 'feedback', relative: 'content/feedback.ndjson', path: `${root}content/feedback.ndjson` },
];

export type RawDoc = Record<string, unknown> & { _id: string; _type: string };

export function readNdjson(file: DatasetFile): RawDoc[] {
  if (!existsSync(file.path)) throw new Error(`${file.relative} is missing: the Studio contract checks the sample dataset`);
  return readFileSync(file.path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as RawDoc;
      } catch (error) {
        throw new Error(`${file.relative} line ${i + 1} is not JSON: ${(error as Error).message}`);
      }
    });
}
