// Reading a dataset's NDJSON file: every line parsed with the zod model, errors named by file and line. Files are read
// a line at a time, so seeding a database from 100,000 answers never holds them all in memory.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
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
 * Checks one dataset's documents as they arrive. A private type in the public file (or the reverse) is an error, not
 * a quiet re-route: the same file may be imported into a public Sanity dataset.
 */
class SeedChecker {
  #seen = new Set<string>();
  readonly source: string;
  readonly dataset: DatasetName;
  constructor(source: string, dataset: DatasetName) {
    this.source = source;
    this.dataset = dataset;
  }

  check(raw: unknown, line: number): AnyDocument {
    let doc: AnyDocument;
    try {
      doc = parseDocument(raw);
    } catch (error) {
      if (error instanceof DocumentValidationError) throw new SeedFileError(this.source, line, error.message);
      throw error;
    }
    if (datasetForType(doc._type) !== this.dataset) {
      throw new SeedFileError(this.source, line, `a ${doc._type} belongs in the ${datasetForType(doc._type)} dataset, not ${this.dataset}`);
    }
    if (this.#seen.has(doc._id)) throw new SeedFileError(this.source, line, `duplicate _id "${doc._id}"`);
    this.#seen.add(doc._id);
    return doc;
  }
}

const CHUNK_BYTES = 1 << 20;

/** The file's lines with their numbers, read in 1 MB chunks (a line may span chunks). */
function* linesOf(fd: number): Generator<{ text: string; line: number }> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    pending += read === 0 ? decoder.end() : decoder.write(buffer.subarray(0, read));
    let start = 0;
    let newline: number;
    while ((newline = pending.indexOf('\n', start)) !== -1) {
      yield { text: pending.slice(start, newline), line: ++line };
      start = newline + 1;
    }
    pending = pending.slice(start);
    if (read === 0) break;
  }
  if (pending) yield { text: pending, line: ++line };
}

/** A seed source: where its documents come from, and the stamp for documents that carry no system fields. */
export interface Seed {
  /** The file's modification time (the epoch for given documents), so the stamp is the same on every start. */
  modified: Date;
  /** Each valid document in file order; throws SeedFileError at the first bad line. */
  documents(): Iterable<AnyDocument>;
}

/** One dataset's NDJSON file, read lazily. A missing file is an empty dataset: a fresh install has no feedback yet. */
export function fileSeed(file: string, dataset: DatasetName): Seed {
  let modified: Date;
  try {
    modified = statSync(file).mtime;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { modified: new Date(0), documents: () => [] };
    throw error;
  }
  return {
    modified,
    *documents() {
      const checker = new SeedChecker(file, dataset);
      const fd = openSync(file, 'r');
      try {
        for (const { text, line } of linesOf(fd)) {
          const trimmed = text.trim();
          if (!trimmed) continue;
          let raw: unknown;
          try {
            raw = JSON.parse(trimmed);
          } catch (error) {
            throw new SeedFileError(file, line, `not valid JSON: ${(error as Error).message}`);
          }
          yield checker.check(raw, line);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Given documents (tests), checked like a file's lines. */
export function givenSeed(raws: readonly unknown[], source: string, dataset: DatasetName): Seed {
  const checker = new SeedChecker(source, dataset);
  const docs = raws.map((raw, i) => checker.check(raw, i + 1));
  return { modified: new Date(0), documents: () => docs };
}

export type Seeds = Record<DatasetName, Seed>;

/** Both datasets' seeds: given documents (tests), or the NDJSON files in `contentDir`. */
export function seedsFrom(options: {
  contentDir: string;
  contentFile?: string;
  feedbackFile?: string;
  seed?: { content?: readonly unknown[]; feedback?: readonly unknown[] };
}): Seeds {
  if (options.seed) {
    return {
      content: givenSeed(options.seed.content ?? [], 'seed.content', 'content'),
      feedback: givenSeed(options.seed.feedback ?? [], 'seed.feedback', 'feedback'),
    };
  }
  // A missing folder is a configuration mistake; a missing file in it is just an empty dataset.
  let isDirectory = false;
  try {
    isDirectory = statSync(options.contentDir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) throw new Error(`content folder "${options.contentDir}" does not exist (set CONTENT_DIR)`);
  return {
    content: fileSeed(join(options.contentDir, options.contentFile ?? 'sample.ndjson'), 'content'),
    feedback: fileSeed(join(options.contentDir, options.feedbackFile ?? 'feedback.ndjson'), 'feedback'),
  };
}
