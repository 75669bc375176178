// The production adapter: @sanity/client against a public content dataset and a private feedback dataset.
import { createClient, type SanityClient } from '@sanity/client';
import { parseDocument, type AnyDocument, type DocumentOf, type DocumentType } from '../../model/index.ts';
import { datasetForType, isPublishedId, jsonEqual } from '../documents.ts';
import { applyPatch } from '../patch.ts';
import {
  DocumentExistsError,
  DocumentNotFoundError,
  RevisionConflictError,
  type ContentStore,
  type DatasetName,
  type Patch,
  type Erasure,
  type QueryOptions,
} from '../port.ts';
import { MutationQueue, type MutationOutcome, type MutationQueueOptions, type MutationQueueStats, type SanityMutation } from './mutation-queue.ts';

export interface SanityStoreOptions extends MutationQueueOptions {
  projectId: string;
  /** The public dataset the site publishes. */
  dataset: string;
  /** The private dataset for what families send. */
  feedbackDataset: string;
  apiVersion: string;
  /** Reads the private dataset (and drafts, where a caller asks). Falls back to the write token. */
  readToken?: string;
  /** Server-only token for writes. Without it every write is refused before it leaves. */
  writeToken?: string;
  /** Another API host, e.g. a loopback double in tests (`http://127.0.0.1:PORT`). */
  apiHost?: string;
  /** Serve public queries from Sanity's CDN (default false: builds want the freshest data). */
  useCdn?: boolean;
}

export interface SanityStore extends ContentStore {
  readonly kind: 'sanity';
  /** Mutation requests, transactions, retries and 429s so far. */
  stats(): MutationQueueStats;
}

type Json = Record<string, unknown>;
type StoredJson = Json & { _id: string; _type: string; _rev: string };
interface QueuedPatch {
  patch: Patch;
  resolve: (doc: AnyDocument) => void;
  reject: (error: unknown) => void;
}
type Clients = { read: Record<DatasetName, SanityClient>; write: Record<DatasetName, SanityClient> };
const SYSTEM = ['_id', '_type', '_rev', '_createdAt', '_updatedAt'];
/** Patches are computed from a read and sent with its revision; if someone wrote in between, read again. */
const PATCH_ATTEMPTS = 5;

export function openSanityStore(options: SanityStoreOptions): SanityStore {
  const base = {
    projectId: options.projectId,
    apiVersion: options.apiVersion,
    perspective: 'published' as const,
    ...(options.apiHost ? { apiHost: options.apiHost, useProjectHostname: false } : {}),
  };
  const readToken = options.readToken ?? options.writeToken;
  const clients = {
    read: {
      content: createClient({ ...base, dataset: options.dataset, token: options.readToken, useCdn: options.useCdn ?? false }),
      // The feedback dataset is private: always read with a token, never through the CDN.
      feedback: createClient({ ...base, dataset: options.feedbackDataset, token: readToken, useCdn: false }),
    },
    // Retries of writes are ours (the queue's), so the client never repeats a mutation on its own.
    write: {
      content: createClient({ ...base, dataset: options.dataset, token: options.writeToken, useCdn: false, maxRetries: 0 }),
      feedback: createClient({ ...base, dataset: options.feedbackDataset, token: options.writeToken, useCdn: false, maxRetries: 0 }),
    },
  };
  const target = (client: SanityClient) => ({
    mutate: async (mutations: SanityMutation[], transactionId: string) =>
      client.mutate(mutations as never, { transactionId, returnDocuments: false, returnFirst: false, visibility: 'sync' }),
    getDocuments: (ids: string[]) => client.getDocuments(ids) as Promise<(Json | null)[]>,
  });
  const queue = new MutationQueue({ content: target(clients.write.content), feedback: target(clients.write.feedback) }, options);
  return new SanityStoreImpl(clients, queue, Boolean(options.writeToken));
}

class SanityStoreImpl implements SanityStore {
  readonly kind = 'sanity' as const;
  #clients: Clients;
  #queue: MutationQueue;
  #canWrite: boolean;
  #closed = false;
  #patchQueues = new Map<string, QueuedPatch[]>();

  constructor(clients: Clients, queue: MutationQueue, canWrite: boolean) {
    this.#clients = clients;
    this.#queue = queue;
    this.#canWrite = canWrite;
  }

  async query<R = unknown>(groq: string, params: Record<string, unknown> = {}, options?: QueryOptions): Promise<R> {
    return this.#read(options?.dataset).fetch<R>(groq, params, { perspective: 'published' });
  }

  async getDocument(id: string, options?: QueryOptions): Promise<AnyDocument | null> {
    if (!isPublishedId(id)) return null;
    return ((await this.#read(options?.dataset).getDocument(id)) as AnyDocument | undefined) ?? null;
  }

  async create<T extends DocumentType>(doc: DocumentOf<T>): Promise<DocumentOf<T>> {
    const parsed = toSend(parseDocument(doc));
    const [outcome] = await this.#submit(datasetForType(parsed._type as string), [{ create: parsed }], true);
    return (await this.#documentOf(outcome!, datasetForType(parsed._type as string))) as DocumentOf<T>;
  }

  async createMany(docs: AnyDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const parsed = docs.map((d) => toSend(parseDocument(d)));
    const names = new Set(parsed.map((d) => datasetForType(d._type as string)));
    if (names.size > 1) throw new Error('createMany: the documents belong to different datasets; send each dataset in its own call');
    const ids = new Set<string>();
    for (const d of parsed) {
      if (ids.has(d._id)) throw new DocumentExistsError(d._id);
      ids.add(d._id);
    }
    await this.#submit([...names][0]!, parsed.map((d) => ({ create: d })), false);
  }

  async createIfNotExists<T extends DocumentType>(doc: DocumentOf<T>): Promise<{ document: DocumentOf<T>; created: boolean }> {
    const parsed = toSend(parseDocument(doc));
    const dataset = datasetForType(parsed._type as string);
    const [outcome] = await this.#submit(dataset, [{ createIfNotExists: parsed }], true);
    return { document: (await this.#documentOf(outcome!, dataset)) as DocumentOf<T>, created: outcome!.operation === 'create' };
  }

  /**
   * Patches are validated on the patched document, so each is a read, an apply, a zod parse and a write guarded by
   * the revision read. Concurrent patches of one document (counters, status changes) queue behind each other and
   * leave together: one read and one mutation for the lot, instead of each racing the others into revision conflicts.
   */
  async patch(id: string, patch: Patch, options?: QueryOptions): Promise<AnyDocument> {
    this.#writable();
    const dataset = options?.dataset ?? 'content';
    const key = `${dataset}\u0000${id}`;
    return new Promise((resolve, reject) => {
      let queue = this.#patchQueues.get(key);
      if (!queue) {
        this.#patchQueues.set(key, (queue = []));
        void this.#drainPatches(key, dataset, id, queue);
      }
      queue.push({ patch, resolve, reject });
    });
  }

  async #drainPatches(key: string, dataset: DatasetName, id: string, queue: QueuedPatch[]): Promise<void> {
    await Promise.resolve(); // patches issued in the same tick join the first group
    while (queue.length > 0) {
      // A patch guarded by ifRevisionId goes first and alone, so its revision means what its caller read.
      const guarded = queue[0]!.patch.ifRevisionId !== undefined;
      const end = guarded ? 1 : queue.findIndex((p) => p.patch.ifRevisionId !== undefined);
      await this.#patchGroup(dataset, id, queue.splice(0, end === -1 ? queue.length : end));
    }
    this.#patchQueues.delete(key);
  }

  async #patchGroup(dataset: DatasetName, id: string, group: QueuedPatch[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      let current: StoredJson | undefined;
      try {
        current = (await this.#clients.write[dataset].getDocument(id)) as StoredJson | undefined;
      } catch (error) {
        return group.forEach((p) => p.reject(error));
      }
      if (!current) return group.forEach((p) => p.reject(new DocumentNotFoundError(id)));
      let next: Json & { _id: string; _type: string } = current;
      const applied: QueuedPatch[] = [];
      for (const p of group) {
        const expected = p.patch.ifRevisionId;
        if (expected !== undefined && expected !== current._rev) {
          p.reject(new RevisionConflictError(id, expected));
          continue;
        }
        try {
          // Each patch is validated on the result of the ones before it, so a bad one fails alone.
          next = toSend(parseDocument(applyPatch(next, p.patch)));
          applied.push(p);
        } catch (error) {
          p.reject(error);
        }
      }
      if (applied.length === 0) return;
      const change = diff(current, next);
      if (!change.set && !change.unset) return applied.forEach((p) => p.resolve(current as unknown as AnyDocument));
      try {
        const [outcome] = await this.#submit(dataset, [{ patch: { id, ifRevisionID: current._rev, ...change } }], true);
        const stored = await this.#documentOf(outcome!, dataset);
        return applied.forEach((p) => p.resolve(stored));
      } catch (error) {
        // Someone else wrote between our read and our write: a caller's own ifRevisionId means "fail", ours "retry".
        const guarded = applied.find((p) => p.patch.ifRevisionId !== undefined);
        if (error instanceof RevisionConflictError && !guarded && attempt < PATCH_ATTEMPTS) {
          group = applied;
          continue;
        }
        const reported = error instanceof RevisionConflictError ? new RevisionConflictError(id, guarded?.patch.ifRevisionId ?? current._rev) : error;
        return applied.forEach((p) => p.reject(reported));
      }
    }
  }

  async delete(id: string, options?: QueryOptions): Promise<void> {
    await this.#submit(options?.dataset ?? 'content', [{ delete: { id } }], true);
  }

  async erase(ids: readonly string[], _erasure: Erasure): Promise<string[]> {
    if (ids.length === 0) return [];
    const present = await this.#clients.read.feedback.withConfig({ useCdn: false }).fetch<string[]>('*[_id in $ids]._id', { ids: [...ids] });
    // purge: Sanity deletes the document's history too (API v2023-03-07 on), not only the current version.
    if (present.length > 0) await this.#submit('feedback', present.map((id) => ({ delete: { id, purge: true } })), false);
    return present;
  }

  async *exportNdjson(dataset: DatasetName): AsyncIterable<string> {
    // Keyset pagination by _id: each page is cheap for Sanity however deep the export goes.
    const page = `*[!(_id in path("drafts.**")) && !(_id in path("versions.**")) && _id > $after] | order(_id) [0...500]`;
    let after = '';
    // Fresh data, never the CDN; the feedback client reads with a token.
    const client = this.#clients.read[dataset].withConfig({ useCdn: false });
    for (;;) {
      const docs = await client.fetch<Json[]>(page, { after }, { perspective: 'published' });
      for (const doc of docs) yield JSON.stringify(doc);
      if (docs.length < 500) return;
      after = docs.at(-1)!._id as string;
    }
  }

  stats(): MutationQueueStats {
    return this.#queue.stats();
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue.drain();
  }

  #read(name: DatasetName = 'content'): SanityClient {
    const client = this.#clients.read[name];
    if (!client) throw new Error(`unknown dataset "${String(name)}"; expected "content" or "feedback"`);
    return client;
  }

  #writable(): void {
    if (this.#closed) throw new Error('the store is closed');
    if (!this.#canWrite) throw new Error('no Sanity write token: set SANITY_API_WRITE_TOKEN to store feedback');
  }

  #submit(dataset: DatasetName, mutations: SanityMutation[], batchable: boolean): Promise<MutationOutcome[]> {
    this.#writable();
    return this.#queue.submit(dataset, mutations, batchable);
  }

  /** The stored document from the transaction's read-back, or fetched if that read failed. */
  async #documentOf(outcome: MutationOutcome, dataset: DatasetName): Promise<AnyDocument> {
    if (outcome.document) return outcome.document as unknown as AnyDocument;
    const doc = await this.#clients.write[dataset].getDocument(outcome.id);
    if (!doc) throw new DocumentNotFoundError(outcome.id);
    return doc as unknown as AnyDocument;
  }
}

/** What goes over the wire: the validated document without the fields Sanity stamps itself. */
function toSend(doc: AnyDocument): Json & { _id: string; _type: string } {
  const { _rev, _createdAt, _updatedAt, ...rest } = doc as AnyDocument & { _rev?: string; _createdAt?: string; _updatedAt?: string };
  void _rev;
  void _createdAt;
  void _updatedAt;
  return rest as Json & { _id: string; _type: string };
}

/**
 * The top-level fields to set and unset to turn `current` into the validated `next`. Sending the validated result
 * (rather than the caller's patch) means Sanity stores exactly what zod accepted, defaults included.
 */
function diff(current: Json, next: Json): { set?: Json; unset?: string[] } {
  const set: Json = {};
  const unset: string[] = [];
  for (const [k, v] of Object.entries(next)) if (!SYSTEM.includes(k) && !jsonEqual(current[k], v)) set[k] = v;
  for (const k of Object.keys(current)) if (!SYSTEM.includes(k) && !(k in next)) unset.push(k);
  return { ...(Object.keys(set).length ? { set } : {}), ...(unset.length ? { unset } : {}) };
}
