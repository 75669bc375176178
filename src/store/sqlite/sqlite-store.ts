// The embedded store on SQLite (decision 007): one row per document, a change table that every process can follow,
// and revisions. The content dataset is queried with GROQ (groq-js) over an in-memory index that catches up from the
// change table, so a write by another process (moderate, purge) shows on this one's next read; the private dataset
// is read from the database per query and never held in memory.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { GroupBy, MeasureFigures } from '../../evidence/aggregate.ts';
import { parseDocument, type AnyDocument, type DocumentOf, type DocumentType } from '../../model/index.ts';
import { publishedQuarterDocument } from '../../evidence/published-quarter.ts';
import { quarterIndex } from '../../evidence/quarter.ts';
import { shiftDates } from '../../sample/shift-dates.ts';
import { daysBetween, londonDate } from '../../text/dates.ts';
import { datasetForType, deepFreeze, isPublishedId, newRevision, withSeedStamps } from '../documents.ts';
import { DatasetIndex, type Doc } from '../local/dataset-index.ts';
import { runGroq, type GroqSource } from '../local/groq-engine.ts';
import { seedsFrom, type Seeds } from '../local/seed-file.ts';
import { sampleWrittenFor } from '../local/sample-written-for.ts';
import { applyPatch } from '../patch.ts';
import {
  DocumentExistsError,
  DocumentNotFoundError,
  RevisionConflictError,
  type ContentStore,
  type DatasetName,
  type Erasure,
  type Patch,
  type QueryOptions,
} from '../port.ts';
import { DATABASE_FILE, IN_MEMORY, inWriteTransaction, openDatabase } from './database.ts';
import { FeedbackSource } from './feedback-source.ts';
import { readLegacyJournals, removeLegacyJournals, type LegacyJournals } from './legacy-journals.ts';
import { eraseRows, truncateWal } from './erasure.ts';
import { GroupCommit } from './group-commit.ts';
import { Tallies } from './tallies.ts';
import { storeUnavailable } from './unavailable.ts';

export interface SqliteStoreOptions {
  /** DATA_DIR: the database is `portal.db` in it; `null` keeps everything in memory (tests and tools). */
  dataDir?: string | null;
  /** Where the seed NDJSON files are read from when the database is first created (default `content`). */
  contentDir?: string;
  /** Public dataset file in `contentDir` (default `sample.ndjson`). */
  contentFile?: string;
  /** Private feedback file in `contentDir` (default `feedback.ndjson`). */
  feedbackFile?: string;
  /** Documents to seed a new database with instead of files (tests). */
  seed?: { content?: readonly unknown[]; feedback?: readonly unknown[] };
  /** With `seed`: the day those documents were written for, so they move like the sample's files. */
  sampleDay?: string;
  /** The portal's clock: `_createdAt`/`_updatedAt`, and the day a new database moves the sample to. */
  now?: () => Date;
}

export interface SqliteStoreStats {
  /** Rows in each dataset, drafts included. */
  documents: Record<DatasetName, number>;
  /** Recorded changes: every acknowledged write is one row per document it touched. */
  changes: number;
}

export interface SqliteStore extends ContentStore {
  readonly kind: 'local';
  stats(): SqliteStoreStats;
  /**
   * The newest change to a dataset, by any process: unchanged means nothing in it changed, so a cache of what was read
   * from it is still good. Costs one indexed look-up.
   */
  version(dataset?: DatasetName): number;
  /** The database connection, for the modules that keep derived tables in step (tallies, erasure, backups). */
  readonly db: DatabaseSync;
  /** A survey-based measure's figures from the running totals: equal to aggregateMeasure's over every response. */
  measureFigures(measureId: string, groupBy: GroupBy): MeasureFigures;
}

type Stored = Doc & { _rev: string; _createdAt: string; _updatedAt: string };
type Change = { dataset: DatasetName; doc: Stored; previousRev?: string } | { dataset: DatasetName; deleted: { id: string; type: string; rev: string } };

const DATASETS: readonly DatasetName[] = ['content', 'feedback'];

export async function openSqliteStore(options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const now = options.now ?? (() => new Date());
  const dataDir = options.dataDir === undefined ? '.data' : options.dataDir;
  const db = openDatabase(dataDir === null ? IN_MEMORY : join(dataDir, DATABASE_FILE));
  try {
    if (!createdOn(db)) {
      const legacy = dataDir === null ? undefined : await readLegacyJournals(dataDir);
      seedNewDatabase(db, await seedPlan(options, londonDate(now()), legacy));
      if (legacy && dataDir !== null) await removeLegacyJournals(dataDir, legacy);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStoreImpl(db, now);
}

function createdOn(db: DatabaseSync): string | undefined {
  return (db.prepare("SELECT value FROM meta WHERE key = 'created_on'").get() as { value: string } | undefined)?.value;
}

interface SeedPlan {
  createdOn: string;
  /** Whole days the seed documents' dates move by (decision 006). */
  days: number;
  seeds: Seeds;
  legacy?: LegacyJournals;
}

/**
 * What a new database starts with: the seed documents, the sample's dates moved to the day the store was created
 * (decision 006), with the old journals' writes on top when DATA_DIR has them (that store keeps the day it was made).
 */
async function seedPlan(options: SqliteStoreOptions, today: string, legacy: LegacyJournals | undefined): Promise<SeedPlan> {
  const contentDir = options.contentDir ?? 'content';
  const seeds = seedsFrom({ contentDir, contentFile: options.contentFile, feedbackFile: options.feedbackFile, seed: options.seed });
  const writtenFor = options.sampleDay ?? (options.seed ? undefined : await sampleWrittenFor(contentDir));
  // Journals from before the moving sample (no store-created.json) were made from the sample unmoved.
  const day = legacy ? (legacy.createdOn ?? writtenFor ?? today) : today;
  return { createdOn: day, days: writtenFor ? daysBetween(writtenFor, day) : 0, seeds, legacy };
}

/**
 * Written once, in one transaction, a document at a time as the files are read: later starts never seed again, so
 * later edits are never moved or overwritten. An old journal's write replaces the seed document in its place (a
 * delete then a put moves it to the end), as the old store's map did.
 */
function seedNewDatabase(db: DatabaseSync, plan: SeedPlan): void {
  inWriteTransaction(db, () => {
    // Another process may have created it while this one read the files.
    if (createdOn(db)) return;
    const put = db.prepare(
      'INSERT INTO documents (dataset, id, type, rev, created_at, updated_at, pos, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (dataset, id) DO UPDATE SET type = excluded.type, rev = excluded.rev, created_at = excluded.created_at, ' +
        'updated_at = excluded.updated_at, body = excluded.body',
    );
    const remove = db.prepare('DELETE FROM documents WHERE dataset = ? AND id = ?');
    let pos = 0;
    const store = (dataset: DatasetName, doc: Stored) =>
      put.run(dataset, doc._id, doc._type, doc._rev, doc._createdAt, doc._updatedAt, ++pos, JSON.stringify(doc));
    for (const dataset of DATASETS) {
      const seed = plan.seeds[dataset];
      const stamp = seed.modified.toISOString();
      for (const doc of seed.documents()) store(dataset, withSeedStamps(shiftDates(doc as unknown as Doc, plan.days), stamp));
      for (const op of plan.legacy?.writes[dataset] ?? []) {
        if ('put' in op) store(dataset, op.put as Stored);
        else remove.run(dataset, op.del);
      }
    }
    db.prepare("INSERT INTO meta (key, value) VALUES ('created_on', ?)").run(plan.createdOn);
    const legacy = plan.legacy;
    if (legacy) {
      const migrated = `${legacy.writes.content.length + legacy.writes.feedback.length} journal writes from ${legacy.files.length} files`;
      db.prepare("INSERT INTO meta (key, value) VALUES ('migrated_journals', ?)").run(migrated);
    }
  });
}

class SqliteStoreImpl implements SqliteStore {
  readonly kind = 'local' as const;
  readonly db: DatabaseSync;
  #now: () => Date;
  #content = new DatasetIndex();
  #feedback: FeedbackSource;
  #tallies: Tallies;
  #commits: GroupCommit;
  #statements: { upsert: StatementSync; remove: StatementSync; record: StatementSync };
  /** Whether the batch being committed overwrote or deleted a private document. */
  #overwritten = false;
  /** The last change this process has applied to its content index. */
  #seq = 0;
  #closed = false;

  constructor(db: DatabaseSync, now: () => Date) {
    this.db = db;
    this.#now = now;
    this.#feedback = new FeedbackSource(db, 'feedback');
    this.#tallies = new Tallies(db);
    this.#commits = new GroupCommit(db, () => this.#afterCommit());
    this.#statements = {
      upsert: db.prepare(
        'INSERT INTO documents (dataset, id, type, rev, created_at, updated_at, pos, body) ' +
          'VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(pos), 0) + 1 FROM documents), ?) ' +
          'ON CONFLICT (dataset, id) DO UPDATE SET type = excluded.type, rev = excluded.rev, updated_at = excluded.updated_at, body = excluded.body',
      ),
      remove: db.prepare('DELETE FROM documents WHERE dataset = ? AND id = ?'),
      record: db.prepare('INSERT INTO changes (dataset, id, type, kind, previous_rev, rev, at, transaction_id, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    };
    this.#seq = this.version('content');
    const rows = db.prepare("SELECT body FROM documents WHERE dataset = 'content' ORDER BY pos").iterate() as Iterable<{ body: string }>;
    for (const row of rows) this.#content.put(deepFreeze(JSON.parse(row.body) as Doc));
  }

  measureFigures(measureId: string, groupBy: GroupBy): MeasureFigures {
    this.#open();
    // Counted afresh only if the surveys or measures changed without this code (a database from before tallies);
    // written only when that, or a quarter's end, leaves something to do.
    const current = quarterIndex(this.#now().toISOString());
    if (!this.#tallies.current() || this.#tallies.unpublishedBefore(current)) {
      try {
        inWriteTransaction(this.db, () => this.#publishEndedQuarters());
      } catch (error) {
        throw storeUnavailable(error, this.db) ?? error;
      }
    }
    return this.#tallies.figures(measureId, groupBy);
  }

  /**
   * Inside a write transaction: bring the totals up to date, then publish every quarter that has ended (decision 007:
   * a quarter's figures are frozen when it ends). Run before any erasure, so a deletion after a quarter's end never
   * changes that quarter's published figures, whether or not anyone had looked at them yet.
   */
  #publishEndedQuarters(): void {
    const now = this.#now();
    this.#tallies.refresh();
    this.#tallies.publishBefore(quarterIndex(now.toISOString()), now.toISOString());
  }

  async query<R = unknown>(groq: string, params: Record<string, unknown> = {}, options?: QueryOptions): Promise<R> {
    return (await runGroq(this.#source(options?.dataset), groq, params)) as R;
  }

  async getDocument(id: string, options?: QueryOptions): Promise<AnyDocument | null> {
    return (this.#source(options?.dataset).getPublished(id) as AnyDocument | undefined) ?? null;
  }

  async create<T extends DocumentType>(doc: DocumentOf<T>): Promise<DocumentOf<T>> {
    const parsed = parseDocument(doc) as unknown as Doc;
    const dataset = datasetForType(parsed._type);
    const stored = this.#stamp(parsed);
    await this.#write(() => {
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
    await this.#write(() => {
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
    await this.#write(() => {
      existing = this.#row(dataset, parsed._id);
      return existing ? [] : [{ dataset, doc: stored }];
    });
    return existing ? { document: existing as unknown as DocumentOf<T>, created: false } : { document: stored as unknown as DocumentOf<T>, created: true };
  }

  async patch(id: string, patch: Patch, options?: QueryOptions): Promise<AnyDocument> {
    const dataset = this.#dataset(options?.dataset);
    let result: Stored | undefined;
    await this.#write(() => {
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
    const dataset = this.#dataset(options?.dataset);
    await this.#write(() => {
      const current = this.#row(dataset, id);
      // Like Sanity, deleting a document that is not there succeeds.
      return current ? [{ dataset, deleted: { id, type: current._type, rev: current._rev } }] : [];
    });
  }

  async erase(ids: readonly string[], erasure: Erasure): Promise<string[]> {
    this.#open();
    const at = this.#now().toISOString();
    let present: { id: string; type: string }[] = [];
    try {
      inWriteTransaction(this.db, () => {
        this.#publishEndedQuarters();
        const rows = ids.map((id) => this.#row('feedback', id)).filter((d) => d !== undefined);
        for (const row of rows) this.#tallies.apply(row, undefined);
        present = rows.map((d) => ({ id: d._id, type: d._type }));
        eraseRows(this.db, present, erasure, at);
      });
    } catch (error) {
      throw storeUnavailable(error, this.db) ?? error;
    }
    this.#catchUp();
    truncateWal(this.db);
    return present.map((d) => d.id);
  }

  async *exportNdjson(dataset: DatasetName): AsyncIterable<string> {
    this.#open();
    const rows = this.db.prepare('SELECT id, body FROM documents WHERE dataset = ? ORDER BY id').iterate(this.#dataset(dataset)) as Iterable<{ id: string; body: string }>;
    const ids = new Set<string>();
    for (const row of rows) {
      if (!isPublishedId(row.id)) continue;
      ids.add(row.id);
      yield row.body;
    }
    // Published quarters go as Sanity mode's publishedQuarter documents, so an imported dataset keeps the figures
    // of quarters whose answers are gone.
    if (dataset === 'feedback') {
      for (const row of this.#tallies.published()) {
        const doc = publishedQuarterDocument(row);
        if (!ids.has(doc._id)) yield JSON.stringify(doc);
      }
    }
  }

  stats(): SqliteStoreStats {
    this.#open();
    const count = (dataset: DatasetName) => (this.db.prepare('SELECT count(*) AS n FROM documents WHERE dataset = ?').get(dataset) as { n: number }).n;
    const changes = (this.db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    return { documents: { content: count('content'), feedback: count('feedback') }, changes };
  }

  version(dataset: DatasetName = 'content'): number {
    this.#open();
    return (this.db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM changes WHERE dataset = ?').get(dataset) as { seq: number }).seq;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.db.close();
  }

  #dataset(dataset: DatasetName = 'content'): DatasetName {
    if (!DATASETS.includes(dataset)) throw new Error(`unknown dataset "${String(dataset)}"; expected "content" or "feedback"`);
    return dataset;
  }

  #source(dataset: DatasetName = 'content'): GroqSource {
    this.#open();
    if (this.#dataset(dataset) === 'feedback') return this.#feedback;
    this.#catchUp();
    return this.#content;
  }

  #open(): void {
    if (this.#closed) throw new Error('the store is closed');
  }

  /** Apply every change to the content dataset recorded since this process last looked, whoever wrote it. */
  #catchUp(): void {
    const last = this.version('content');
    if (last === this.#seq) return;
    const changed = this.db.prepare("SELECT DISTINCT id FROM changes WHERE dataset = 'content' AND seq > ?").all(this.#seq) as { id: string }[];
    for (const { id } of changed) {
      const current = this.#row('content', id);
      if (current) this.#content.put(deepFreeze(current));
      else this.#content.delete(id);
    }
    this.#seq = last;
  }

  #row(dataset: DatasetName, id: string): Stored | undefined {
    const row = this.db.prepare('SELECT body FROM documents WHERE dataset = ? AND id = ?').get(dataset, id) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Stored) : undefined;
  }

  /**
   * One write: `plan` reads what it needs and says what to write; nothing of it is written if it throws. It commits
   * with the others that arrived at the same time (group commit), and resolves once that commit is on disk.
   */
  #write(plan: () => Change[]): Promise<void> {
    this.#open();
    return this.#commits.submit(() => {
      const at = this.#now().toISOString();
      const transactionId = randomUUID();
      const changes = plan();
      for (const change of changes) {
        if (change.dataset === 'feedback') {
          const id = 'deleted' in change ? change.deleted.id : change.doc._id;
          this.#tallies.apply(this.#row('feedback', id), 'deleted' in change ? undefined : change.doc);
        }
        if ('deleted' in change) {
          const { id, type, rev } = change.deleted;
          this.#statements.remove.run(change.dataset, id);
          this.#statements.record.run(change.dataset, id, type, 'delete', rev, null, at, transactionId, null);
          continue;
        }
        const { doc } = change;
        const body = JSON.stringify(doc);
        this.#statements.upsert.run(change.dataset, doc._id, doc._type, doc._rev, doc._createdAt, doc._updatedAt, body);
        // History keeps the content dataset's versions; what families send has one home only, its own row.
        const snapshot = change.dataset === 'content' ? body : null;
        this.#statements.record.run(change.dataset, doc._id, doc._type, change.previousRev ? 'update' : 'create', change.previousRev ?? null, doc._rev, at, transactionId, snapshot);
      }
      if (changes.some((c) => c.dataset === 'feedback' && ('deleted' in c || c.previousRev))) this.#overwritten = true;
      // A survey's positive answers or a measure's links changed: the editor's write pays for the recount.
      this.#tallies.refresh();
    });
  }

  /** After each committed batch, before any of it is acknowledged. */
  #afterCommit(): void {
    this.#catchUp();
    // A private document's old version (moderated, its contact details purged, deleted) is zeroed in the database by
    // secure_delete, but an older frame of its page may still sit in the WAL: fold the WAL in and empty it.
    if (this.#overwritten) truncateWal(this.db);
    this.#overwritten = false;
  }

  #stamp(doc: Doc, createdAt?: string): Stored {
    const at = this.#now().toISOString();
    return deepFreeze({ ...doc, _rev: newRevision(), _createdAt: createdAt ?? at, _updatedAt: at });
  }
}
