// Reading a dataset's NDJSON file: every line parsed with the zod model, errors named by file and line.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentValidationError, parseDocument, type AnyDocument } from '../../model/index.ts';
import { datasetForType } from '../documents.ts';
import type { DatasetName } from '../port.ts';

export class SeedFileError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'SeedFileError';
    this.file = file;
    this.line = line;
  }
}

/**
 * Validate raw documents for one dataset; `lines[i]` says where item i came from. A private type in the public file
 * (or the reverse) is an error, not a quiet re-route: the same file may be imported into a public Sanity dataset.
 */
export function validateSeed(raws: readonly unknown[], source: string, dataset: DatasetName, lines?: number[]): AnyDocument[] {
  const docs: AnyDocument[] = [];
  const seen = new Set<string>();
  raws.forEach((raw, i) => {
    const line = lines?.[i] ?? i + 1;
    let doc: AnyDocument;
    try {
      doc = parseDocument(raw);
    } catch (error) {
      if (error instanceof DocumentValidationError) throw new SeedFileError(source, line, error.message);
      throw error;
    }
    if (datasetForType(doc._type) !== dataset) {
      throw new SeedFileError(source, line, `a ${doc._type} belongs in the ${datasetForType(doc._type)} dataset, not ${dataset}`);
    }
    if (seen.has(doc._id)) throw new SeedFileError(source, line, `duplicate _id "${doc._id}"`);
    seen.add(doc._id);
    docs.push(doc);
  });
  return docs;
}

/** Parse NDJSON text (blank lines allowed) into validated documents. */
export function parseSeed(text: string, file: string, dataset: DatasetName): AnyDocument[] {
  const raws: unknown[] = [];
  const lineNumbers: number[] = [];
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (!line) return;
    try {
      raws.push(JSON.parse(line));
    } catch (error) {
      throw new SeedFileError(file, i + 1, `not valid JSON: ${(error as Error).message}`);
    }
    lineNumbers.push(i + 1);
  });
  return validateSeed(raws, file, dataset, lineNumbers);
}

/**
 * Read and parse a seed file, with its modification time (the stamp for documents that carry none, so it stays the
 * same from one start to the next). A missing file is an empty dataset: a fresh install has no feedback yet.
 */
export async function readSeed(file: string, dataset: DatasetName): Promise<{ docs: AnyDocument[]; modified: Date }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { docs: [], modified: new Date(0) };
    throw error;
  }
  const { mtime } = await stat(file);
  return { docs: parseSeed(text, file, dataset), modified: mtime };
}

export type Seeds = Record<DatasetName, { docs: AnyDocument[]; modified: Date }>;

/**
 * Both datasets' seed documents: given ones (tests), or the NDJSON files in `contentDir`. Documents without system
 * fields get the file's modification time as their stamp (the epoch for given ones), so it is the same on every start.
 */
export async function loadSeeds(options: {
  contentDir: string;
  contentFile?: string;
  feedbackFile?: string;
  seed?: { content?: readonly unknown[]; feedback?: readonly unknown[] };
}): Promise<Seeds> {
  if (options.seed) {
    return {
      content: { docs: validateSeed(options.seed.content ?? [], 'seed.content', 'content'), modified: new Date(0) },
      feedback: { docs: validateSeed(options.seed.feedback ?? [], 'seed.feedback', 'feedback'), modified: new Date(0) },
    };
  }
  // A missing folder is a configuration mistake; a missing file in it is just an empty dataset.
  const dirStat = await stat(options.contentDir).catch(() => null);
  if (!dirStat?.isDirectory()) throw new Error(`content folder "${options.contentDir}" does not exist (set CONTENT_DIR)`);
  const [content, feedback] = await Promise.all([
    readSeed(join(options.contentDir, options.contentFile ?? 'sample.ndjson'), 'content'),
    readSeed(join(options.contentDir, options.feedbackFile ?? 'feedback.ndjson'), 'feedback'),
  ]);
  return { content, feedback };
}
