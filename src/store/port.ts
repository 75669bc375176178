// The ContentStore port: what the site and tools need from a store, whichever adapter is behind it.
import type { AnyDocument, DocumentOf, DocumentType } from '../model/index.ts';

/**
 * Two logical datasets, as in production Sanity: `content` is public (published to the site); `feedback` is private
 * and holds what families send (survey responses, correction reports, page feedback). Writes are routed by type.
 */
export type DatasetName = 'content' | 'feedback';

export interface QueryOptions {
  dataset?: DatasetName;
}

/** A Sanity-style patch: `set` and `unset` by field path, `inc` for counters, `setIfMissing` for first writes. */
export interface Patch {
  set?: Record<string, unknown>;
  setIfMissing?: Record<string, unknown>;
  unset?: string[];
  inc?: Record<string, number>;
  /** Fail unless the document's current `_rev` matches (optimistic locking). */
  ifRevisionId?: string;
}

export interface ContentStore {
  readonly kind: 'local' | 'sanity';
  /** Run a GROQ query; published documents only (no `drafts.`/`versions.` ids). */
  query<R = unknown>(groq: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<R>;
  getDocument(id: string, options?: QueryOptions): Promise<AnyDocument | null>;
  /**
   * Validate with zod, then store durably; resolves only once the write would survive a crash.
   * Rejects with DocumentValidationError (nothing written) or DocumentExistsError.
   */
  create<T extends DocumentType>(doc: DocumentOf<T>): Promise<DocumentOf<T>>;
  /** Create several documents of the same dataset in one transaction (all or nothing). */
  createMany(docs: AnyDocument[]): Promise<void>;
  /** Like create, but resolves with the existing document when the id is already taken (idempotent retries). */
  createIfNotExists<T extends DocumentType>(doc: DocumentOf<T>): Promise<{ document: DocumentOf<T>; created: boolean }>;
  /** Apply a patch; the patched document is validated before it is stored. */
  patch(id: string, patch: Patch, options?: QueryOptions): Promise<AnyDocument>;
  delete(id: string, options?: QueryOptions): Promise<void>;
  /**
   * Decision 007's erasure: delete these private (feedback) documents for good, in one transaction, with every copy the
   * store keeps of them (its change history, and any public history holding a quote whose key starts with one of
   * `quoteKeyPrefixes`). Resolves with the ids that were there. Call it through `src/privacy/erase.ts`, which takes
   * the quotes down first.
   */
  erase(ids: readonly string[], erasure: Erasure): Promise<string[]>;
  /** Every document of a dataset as Sanity-importable NDJSON lines (no trailing newline per line). */
  exportNdjson(dataset: DatasetName): AsyncIterable<string>;
  close(): Promise<void>;
}

export interface Erasure {
  /** Why, in the erasure log (ids and reason only, never content): e.g. "deleted with a receipt code". */
  reason: string;
  quoteKeyPrefixes: readonly string[];
}

export class DocumentExistsError extends Error {
  readonly documentId: string;
  constructor(documentId: string) {
    super(`a document with id "${documentId}" already exists`);
    this.documentId = documentId;
    this.name = 'DocumentExistsError';
  }
}

export class DocumentNotFoundError extends Error {
  readonly documentId: string;
  constructor(documentId: string) {
    super(`no document with id "${documentId}"`);
    this.documentId = documentId;
    this.name = 'DocumentNotFoundError';
  }
}

/** A patch's `ifRevisionId` did not match the document's current `_rev`: someone else changed it first. */
export class RevisionConflictError extends Error {
  readonly documentId: string;
  readonly expectedRevision: string;
  constructor(documentId: string, expectedRevision: string) {
    super(`document "${documentId}" has changed since revision "${expectedRevision}"`);
    this.documentId = documentId;
    this.expectedRevision = expectedRevision;
    this.name = 'RevisionConflictError';
  }
}

/**
 * The store could not take the write just now (disk full, database busy past its wait, file not writable): nothing
 * was written, and the same request may succeed later. Answered as 503 with Retry-After, never as a lost answer.
 */
export class StoreUnavailableError extends Error {
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds = 30, options?: { cause?: unknown }) {
    super(message, options);
    this.retryAfterSeconds = retryAfterSeconds;
    this.name = 'StoreUnavailableError';
  }
}
