// The embedded store: sample NDJSON plus a durable journal of writes, queried with groq-js. No account, no network.
import { join } from 'node:path';
import { parseDocument, type AnyDocument, type DocumentOf, type DocumentType } from '../../model/index.ts';
import { applyPatch } from '../patch.ts';
import { datasetForType, deepFreeze, newRevision, withSeedStamps } from '../documents.ts';
import {
  DocumentExistsError,
  DocumentNotFoundError,
  RevisionConflictError,
  type ContentStore,
  type DatasetName,
  type Patch,
  type QueryOptions,
} from '../port.ts';
import { DatasetIndex, type Doc } from './dataset-index.ts';
import { runGroq } from './groq-engine.ts';
import { FileJournal, MemoryLog, type JournalStats } from './journal.ts';
import { LocalDataset } from './local-dataset.ts';
import { loadSeeds } from './seed-file.ts';
import { sampleShift } from './store-created.ts';
import { shiftDates } from '../../sample/shift-dates.ts';
import { londonDate } from '../../text/dates.ts';

export interface LocalStoreOptions {
  /** Folder of the seed NDJSON files (default `content`). */
  contentDir?: string;
  /** Public dataset file in `contentDir` (default `sample.ndjson`). */
  contentFile?: string;
  /** Private feedback file in `contentDir` (default `feedback.ndjson`). */
  feedbackFile?: string;
  /** Where the write journals live (default `.data`); `null` keeps writes in memory only (tests and tools). */
  dataDir?: string | null;
  /** Documents to start from instead of reading files; each is validated like a file line. */
  seed?: { content?: readonly unknown[]; feedback?: readonly unknown[] };
  /** The portal's clock: `_createdAt`/`_updatedAt`, and the day a new store moves the sample to. */
  now?: () => Date;
  /** With `seed`: the day those documents were written for, so they move like the sample's files (tests). */
  sampleDay?: string;
}

export interface LocalStoreStats {
  documents: Record<DatasetName, number>;
  journal: Record<DatasetName, JournalStats>;
}

export interface LocalStore extends ContentStore {
  readonly kind: 'local';
  /** Counters for tests and benchmarks: documents held, journal records and fsyncs (group commit). */
  stats(): LocalStoreStats;
}

type Stored = Doc & { _rev: string; _createdAt: string; _updatedAt: string };

export async function openLocalStore(options: LocalStoreOptions = {}): Promise<LocalStore> {
  const contentDir = options.contentDir ?? 'content';
  const dataDir = options.dataDir === undefined ? '.data' : options.dataDir;
  const now = options.now ?? (() => new Date());

  const seeds = await loadSeeds({ contentDir, contentFile: options.contentFile, feedbackFile: options.feedbackFile, seed: options.seed });
  // A generated sample is moved once, to the day this store was created, so it never goes stale (decision 006).
  const days = await sampleShift({
    contentDir: options.seed ? undefined : contentDir,
    sampleDay: options.sampleDay,
    dataDir,
    today: londonDate(now()),
  });

  const datasets = {} as Record<DatasetName, LocalDataset>;
  try {
    for (const name of ['content', 'feedback'] as const) {
      const stamp = seeds[name].modified.toISOString();
      const index = new DatasetIndex();
      for (const doc of seeds[name].docs) index.put(deepFreeze(withSeedStamps(shiftDates(doc as Doc, days), stamp)));
      // The journal holds every acknowledged write since the seed; replaying it rebuilds the state before the crash.
      const log =
        dataDir === null
          ? new MemoryLog()
          : await FileJournal.open(join(dataDir, `${name}.journal`), (ops) => {
              for (const op of ops) {
                if ('put' in op) index.put(deepFreeze(op.put));
                else index.delete(op.del);
              }
            });
      datasets[name] = new LocalDataset(name, index, log);
    }
  } catch (error) {
    await Promise.all(Object.values(datasets).map((ds) => ds.log.close()));
    throw error;
  }
  return new LocalStoreImpl(datasets, now);
}

class LocalStoreImpl implements LocalStore {
  readonly kind = 'local' as const;
  #datasets: Record<DatasetName, LocalDataset>;
  #now: () => Date;
  #closed = false;

  constructor(datasets: Record<DatasetName, LocalDataset>, now: () => Date) {
    this.#datasets = datasets;
    this.#now = now;
  }

  async query<R = unknown>(groq: string, params: Record<string, unknown> = {}, options?: QueryOptions): Promise<R> {
    return (await runGroq(this.#ds(options?.dataset).index, groq, params)) as R;
  }

  async getDocument(id: string, options?: QueryOptions): Promise<AnyDocument | null> {
    return (this.#ds(options?.dataset).index.getPublished(id) as AnyDocument | undefined) ?? null;
  }

  async create<T extends DocumentType>(doc: DocumentOf<T>): Promise<DocumentOf<T>> {
    this.#open();
    const parsed = parseDocument(doc) as unknown as Doc;
    const ds = this.#ds(datasetForType(parsed._type));
    if (ds.latest(parsed._id)) throw new DocumentExistsError(parsed._id);
    const stored = this.#stamp(parsed);
    await ds.commit([{ put: stored }]);
    return stored as unknown as DocumentOf<T>;
  }

  async createMany(docs: AnyDocument[]): Promise<void> {
    this.#open();
    if (docs.length === 0) return;
    const parsed = docs.map((d) => parseDocument(d) as unknown as Doc);
    const names = new Set(parsed.map((d) => datasetForType(d._type)));
    if (names.size > 1) throw new Error('createMany: the documents belong to different datasets; send each dataset in its own call');
    const ds = this.#ds([...names][0]!);
    const ids = new Set<string>();
    for (const d of parsed) {
      if (ids.has(d._id) || ds.latest(d._id)) throw new DocumentExistsError(d._id);
      ids.add(d._id);
    }
    await ds.commit(parsed.map((d) => ({ put: this.#stamp(d) })));
  }

  async createIfNotExists<T extends DocumentType>(doc: DocumentOf<T>): Promise<{ document: DocumentOf<T>; created: boolean }> {
    this.#open();
    const parsed = parseDocument(doc) as unknown as Doc;
    const ds = this.#ds(datasetForType(parsed._type));
    const existing = ds.latest(parsed._id);
    if (existing) {
      // The first writer may still be waiting for its fsync: answer only once that document is durable.
      await ds.settled(parsed._id);
      const durable = ds.index.get(parsed._id) ?? existing;
      return { document: durable as unknown as DocumentOf<T>, created: false };
    }
    const stored = this.#stamp(parsed);
    await ds.commit([{ put: stored }]);
    return { document: stored as unknown as DocumentOf<T>, created: true };
  }

  async patch(id: string, patch: Patch, options?: QueryOptions): Promise<AnyDocument> {
    this.#open();
    const ds = this.#ds(options?.dataset);
    const current = ds.latest(id) as Stored | undefined;
    if (!current) throw new DocumentNotFoundError(id);
    if (patch.ifRevisionId !== undefined && current._rev !== patch.ifRevisionId) {
      throw new RevisionConflictError(id, patch.ifRevisionId);
    }
    const parsed = parseDocument(applyPatch(current, patch)) as unknown as Doc;
    const stored = this.#stamp(parsed, current._createdAt);
    await ds.commit([{ put: stored }]);
    return stored as unknown as AnyDocument;
  }

  async delete(id: string, options?: QueryOptions): Promise<void> {
    this.#open();
    const ds = this.#ds(options?.dataset);
    // Like Sanity, deleting a document that is not there succeeds.
    if (!ds.latest(id)) return;
    await ds.commit([{ del: id }]);
  }

  async *exportNdjson(dataset: DatasetName): AsyncIterable<string> {
    const docs = [...this.#ds(dataset).index.published()].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
    for (const doc of docs) yield JSON.stringify(doc);
  }

  stats(): LocalStoreStats {
    return {
      documents: { content: this.#datasets.content.index.size, feedback: this.#datasets.feedback.index.size },
      journal: { content: this.#datasets.content.log.stats(), feedback: this.#datasets.feedback.log.stats() },
    };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all(Object.values(this.#datasets).map((ds) => ds.log.close()));
  }

  #ds(name: DatasetName = 'content'): LocalDataset {
    const ds = this.#datasets[name];
    if (!ds) throw new Error(`unknown dataset "${String(name)}"; expected "content" or "feedback"`);
    return ds;
  }

  #open(): void {
    if (this.#closed) throw new Error('the store is closed');
  }

  #stamp(doc: Doc, createdAt?: string): Stored {
    const at = this.#now().toISOString();
    return deepFreeze({ ...doc, _rev: newRevision(), _createdAt: createdAt ?? at, _updatedAt: at });
  }
}

