// The embedded store on SQLite (decision 007): one row per document, a change table that every process can follow,
// and revisions. Queries are GROQ (groq-js) over an in-memory index that catches up from the change table, so a write
// by another process (moderate, purge) shows on this one's next read.
// Not yet the default store: the feedback dataset is still indexed in memory here; #11 replaces its reads with SQL and
// running totals before this adapter takes over from the journal.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { parseDocument, type AnyDocument, type DocumentOf, type DocumentType } from '../../model/index.ts';
import { shiftDates } from '../../sample/shift-dates.ts';
import { daysBetween, londonDate } from '../../text/dates.ts';
import { datasetForType, deepFreeze, isPublishedId, newRevision, withSeedStamps } from '../documents.ts';
import { DatasetIndex, type Doc } from '../local/dataset-index.ts';
import { runGroq } from '../local/groq-engine.ts';
import { loadSeeds } from '../local/seed-file.ts';
import { sampleWrittenFor } from '../local/store-created.ts';
import { applyPatch } from '../patch.ts';
import {
  DocumentExistsError,
  DocumentNotFoundError,
  RevisionConflictError,
  type ContentStore,
  type DatasetName,
  type Patch,
  type QueryOptions,
} from '../port.ts';
import { DATABASE_FILE, inWriteTransaction, openDatabase } from './database.ts';

export interface SqliteStoreOptions {
  /** DATA_DIR: the database is `portal.db` in it. */
  dataDir: string;
  /** Where the seed NDJSON files are read from when the database is first created (default `content`). */
  contentDir?: string;
  /** Documents to seed a new database with instead of files (tests). */
  seed?: { content?: readonly unknown[]; feedback?: readonly unknown[] };
  /** With `seed`: the day those documents were written for, so they move like the sample's files. */
  sampleDay?: string;
  /** The portal's clock: `_createdAt`/`_updatedAt`, and the day a new database moves the sample to. */
  now?: () => Date;
}

export interface SqliteStore extends ContentStore {
  readonly kind: 'local';
  /** Rows in each dataset and the number of recorded changes (every acknowledged write is one). */
  stats(): { documents: Record<DatasetName, number>; changes: number };
}

type Stored = Doc & { _rev: string; _createdAt: string; _updatedAt: string };
type Change = { dataset: DatasetName; doc: Stored; previousRev?: string } | { dataset: DatasetName; deleted: { id: string; type: string; rev: string } };

const DATASETS: readonly DatasetName[] = ['content', 'feedback'];

export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  try {
    if (!db.prepare("SELECT value FROM meta WHERE key = 'created_on'").get()) await seedNewDatabase(db, options, londonDate(now()));
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStoreImpl(db, now);
}

/**
 * A new database gets the seed documents once, the sample's dates moved to today (decision 006), and the day it was
 * created. Later starts never seed again, so later edits are never moved or overwritten.
 */
async function seedNewDatabase(db: DatabaseSync, options: SqliteStoreOptions, today: string): Promise<void> {
  const contentDir = options.contentDir ?? 'content';
  const seeds = await loadSeeds({ contentDir, seed: options.seed });
  const writtenFor = options.sampleDay ?? (options.seed ? undefined : await sampleWrittenFor(contentDir));
  const days = writtenFor ? daysBetween(writtenFor, today) : 0;
  inWriteTransaction(db, () => {
    // Another process may have created it while this one read the files.
    if (db.prepare("SELECT value FROM meta WHERE key = 'created_on'").get()) return;
    const insert = db.prepare('INSERT INTO documents (dataset, id, type, rev, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const dataset of DATASETS) {
      const stamp = seeds[dataset].modified.toISOString();
      for (const seed of seeds[dataset].docs) {
        const stored = withSeedStamps(shiftDates(seed as unknown as Doc, days), stamp);
        insert.run(dataset, stored._id, stored._type, stored._rev, stored._createdAt, stored._updatedAt, JSON.stringify(stored));
      }
    }
    db.prepare("INSERT INTO meta (key, value) VALUES ('created_on', ?)").run(today);
  });
}

class SqliteStoreImpl implements SqliteStore {
  readonly kind = 'local' as const;
  #db: DatabaseSync;
  #now: () => Date;
  #indexes = {} as Record<DatasetName, DatasetIndex>;
  /** The last change this process has applied to its indexes. */
  #seq = 0;
  #closed = false;

  constructor(db: DatabaseSync, now: () => Date) {
    this.#db = db;
    this.#now = now;
    this.#seq = this.#lastSeq();
    const rows = db.prepare('SELECT dataset, body FROM documents').all() as { dataset: DatasetName; body: string }[];
    for (const dataset of DATASETS) this.#indexes[dataset] = new DatasetIndex();
    for (const row of rows) this.#indexes[row.dataset].put(deepFreeze(JSON.parse(row.body) as Doc));
  }

  async query<R = unknown>(groq: string, params: Record<string, unknown> = {}, options?: QueryOptions): Promise<R> {
    return (await runGroq(this.#index(options?.dataset), groq, params)) as R;
  }

  async getDocument(id: string, options?: QueryOptions): Promise<AnyDocument | null> {
    return (this.#index(options?.dataset).getPublished(id) as AnyDocument | undefined) ?? null;
  }

  async create<T extends DocumentType>(doc: DocumentOf<T>): Promise<DocumentOf<T>> {
    const parsed = parseDocument(doc) as unknown as Doc;
    const dataset = datasetForType(parsed._type);
    const stored = this.#stamp(parsed);
    this.#write(() => {
      if (this.#row(dataset, parsed._id)) throw new DocumentExistsError(parsed._id);
      return [{ dataset, doc: stored }];
    });
    return stored as unknown as DocumentOf<T>;
  }

  async createMany(docs: AnyDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const parsed = docs.map((d) => parseDocument(d) as unknown as Doc);
    const datasets = new Set(parsed.map((d) => datasetForType(d._type)));
    if (datasets.size > 1) throw new Error('createMany: the documents belong to different datasets; send each dataset in its own call');
    const dataset = [...datasets][0]!;
    this.#write(() => {
      const ids = new Set<string>();
      for (const d of parsed) {
        if (ids.has(d._id) || this.#row(dataset, d._id)) throw new DocumentExistsError(d._id);
        ids.add(d._id);
      }
      return parsed.map((d) => ({ dataset, doc: this.#stamp(d) }));
    });
  }

  async createIfNotExists<T extends DocumentType>(doc: DocumentOf<T>): Promise<{ document: DocumentOf<T>; created: boolean }> {
    const parsed = parseDocument(doc) as unknown as Doc;
    const dataset = datasetForType(parsed._type);
    let existing: Stored | undefined;
    const stored = this.#stamp(parsed);
    this.#write(() => {
      existing = this.#row(dataset, parsed._id);
      return existing ? [] : [{ dataset, doc: stored }];
    });
    return existing ? { document: existing as unknown as DocumentOf<T>, created: false } : { document: stored as unknown as DocumentOf<T>, created: true };
  }

  async patch(id: string, patch: Patch, options?: QueryOptions): Promise<AnyDocument> {
    const dataset = options?.dataset ?? 'content';
    let result: Stored | undefined;
    this.#write(() => {
      const current = this.#row(dataset, id);
      if (!current) throw new DocumentNotFoundError(id);
      if (patch.ifRevisionId !== undefined && current._rev !== patch.ifRevisionId) throw new RevisionConflictError(id, patch.ifRevisionId);
      const parsed = parseDocument(applyPatch(current, patch)) as unknown as Doc;
      result = this.#stamp(parsed, current._createdAt);
      return [{ dataset, doc: result, previousRev: current._rev }];
    });
    return result as unknown as AnyDocument;
  }

  async delete(id: string, options?: QueryOptions): Promise<void> {
    const dataset = options?.dataset ?? 'content';
    this.#write(() => {
      const current = this.#row(dataset, id);
      // Like Sanity, deleting a document that is not there succeeds.
      return current ? [{ dataset, deleted: { id, type: current._type, rev: current._rev } }] : [];
    });
  }

  async *exportNdjson(dataset: DatasetName): AsyncIterable<string> {
    const rows = this.#db.prepare('SELECT id, body FROM documents WHERE dataset = ? ORDER BY id').all(dataset) as { id: string; body: string }[];
    for (const row of rows) if (isPublishedId(row.id)) yield row.body;
  }

  stats() {
    this.#catchUp();
    const changes = (this.#db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    return { documents: { content: this.#indexes.content.size, feedback: this.#indexes.feedback.size }, changes };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#db.close();
  }

  #index(dataset: DatasetName = 'content'): DatasetIndex {
    if (!DATASETS.includes(dataset)) throw new Error(`unknown dataset "${String(dataset)}"; expected "content" or "feedback"`);
    this.#open();
    this.#catchUp();
    return this.#indexes[dataset];
  }

  #open(): void {
    if (this.#closed) throw new Error('the store is closed');
  }

  #lastSeq(): number {
    return (this.#db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM changes').get() as { seq: number }).seq;
  }

  /** Apply every change recorded since this process last looked, whoever wrote it. */
  #catchUp(): void {
    const last = this.#lastSeq();
    if (last === this.#seq) return;
    const changed = this.#db.prepare('SELECT DISTINCT dataset, id FROM changes WHERE seq > ?').all(this.#seq) as { dataset: DatasetName; id: string }[];
    for (const { dataset, id } of changed) {
      const current = this.#row(dataset, id);
      if (current) this.#indexes[dataset].put(deepFreeze(current));
      else this.#indexes[dataset].delete(id);
    }
    this.#seq = last;
  }

  #row(dataset: DatasetName, id: string): Stored | undefined {
    const row = this.#db.prepare('SELECT body FROM documents WHERE dataset = ? AND id = ?').get(dataset, id) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Stored) : undefined;
  }

  /** One transaction: `plan` reads what it needs and says what to write; nothing is written if it throws. */
  #write(plan: () => Change[]): void {
    this.#open();
    const at = this.#now().toISOString();
    const transactionId = randomUUID();
    inWriteTransaction(this.#db, () => {
      const upsert = this.#db.prepare(
        'INSERT INTO documents (dataset, id, type, rev, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT (dataset, id) DO UPDATE SET type = excluded.type, rev = excluded.rev, updated_at = excluded.updated_at, body = excluded.body',
      );
      const remove = this.#db.prepare('DELETE FROM documents WHERE dataset = ? AND id = ?');
      const record = this.#db.prepare(
        'INSERT INTO changes (dataset, id, type, kind, previous_rev, rev, at, transaction_id, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const change of plan()) {
        if ('deleted' in change) {
          const { id, type, rev } = change.deleted;
          remove.run(change.dataset, id);
          record.run(change.dataset, id, type, 'delete', rev, null, at, transactionId, null);
          continue;
        }
        const { doc } = change;
        const body = JSON.stringify(doc);
        upsert.run(change.dataset, doc._id, doc._type, doc._rev, doc._createdAt, doc._updatedAt, body);
        // History keeps the content dataset's versions; what families send has one home only, its own row.
        const snapshot = change.dataset === 'content' ? body : null;
        record.run(change.dataset, doc._id, doc._type, change.previousRev ? 'update' : 'create', change.previousRev ?? null, doc._rev, at, transactionId, snapshot);
      }
    });
    this.#catchUp();
  }

  #stamp(doc: Doc, createdAt?: string): Stored {
    const at = this.#now().toISOString();
    return deepFreeze({ ...doc, _rev: newRevision(), _createdAt: createdAt ?? at, _updatedAt: at });
  }
}
