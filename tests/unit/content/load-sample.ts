// Reads the committed sample datasets once for the content tests, parsed with the zod model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type AnyDocument, type DocumentOf, type DocumentType } from '../../../src/model/index.ts';

const CONTENT_DIR = join(import.meta.dirname, '../../../content');

export function readNdjson(file: string): unknown[] {
  return readFileSync(join(CONTENT_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

let cache: { content: AnyDocument[]; feedback: AnyDocument[] } | undefined;

/** The sample as the site sees it: every line parsed by the model (throws, naming the document, if one is invalid). */
export function sample() {
  cache ??= {
    content: readNdjson('sample.ndjson').map(parseDocument),
    feedback: readNdjson('feedback.ndjson').map(parseDocument),
  };
  return cache;
}

export function ofType<T extends DocumentType>(docs: readonly AnyDocument[], type: T): DocumentOf<T>[] {
  return docs.filter((d) => d._type === type) as DocumentOf<T>[];
}

export { SAMPLE_DAY as TODAY } from '../../support/sample-day.ts';
