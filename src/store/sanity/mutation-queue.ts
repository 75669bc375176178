// Sends mutations to Sanity within its limits: group-committed transactions, a request rate cap, retries that never double-apply.
import { randomUUID } from 'node:crypto';
import { jsonEqual, withoutSystemFields } from '../documents.ts';
import { classify, portErrorFor } from './errors.ts';
import { RateLimiter } from './rate-limiter.ts';

type Json = Record<string, unknown>;

export type SanityMutation =
  | { create: Json & { _id: string } }
  | { createIfNotExists: Json & { _id: string } }
  | { patch: { id: string; ifRevisionID?: string; set?: Json; unset?: string[] } }
  | { delete: { id: string; purge?: boolean } };

export interface MutationOutcome {
  id: string;
  /** Sanity's word for what happened: `create`, `update`, `delete`, or something else when nothing changed. */
  operation: string;
  /** The document as stored after the transaction (null after a delete). */
  document: Json | null;
}

/** What the queue needs from one dataset's client. */
export interface MutationTarget {
  mutate(mutations: SanityMutation[], transactionId: string): Promise<{ results: { id: string; operation: string }[] }>;
  getDocuments(ids: string[]): Promise<(Json | null)[]>;
}

export interface MutationQueueOptions {
  /** Mutation requests a second, across every dataset (Sanity allows 25 per client IP). */
  perSecond?: number;
  /** Most mutations in one group-committed transaction. */
  maxBatch?: number;
  /** Requests in flight at once. */
  maxInFlight?: number;
  /** Attempts after the first, for 429/5xx/connection failures. */
  maxRetries?: number;
  /** Wait before retry n (1-based) after a 5xx or a dropped connection. */
  backoffMs?: (attempt: number) => number;
}

export interface MutationQueueStats {
  requests: number;
  transactions: number;
  mutations: number;
  retries: number;
  rateLimited: number;
}

interface Job {
  target: string;
  mutations: SanityMutation[];
  ids: string[];
  /** May share a transaction with other jobs (a single-document write). */
  batchable: boolean;
  attempts: number;
  notBefore: number;
  /** A transaction id sent for this job whose fate is unknown (5xx or dropped): check before sending again. */
  uncertainTx?: string;
  resolve: (outcomes: MutationOutcome[]) => void;
  reject: (error: unknown) => void;
}

const MAX_BODY_BYTES = 3_500_000; // under Sanity's 4 MB request limit, with room for the envelope

function idOf(m: SanityMutation): string {
  if ('create' in m) return m.create._id;
  if ('createIfNotExists' in m) return m.createIfNotExists._id;
  if ('patch' in m) return m.patch.id;
  return m.delete.id;
}

export class MutationQueue {
  #targets: Record<string, MutationTarget>;
  #limiter: RateLimiter;
  #maxBatch: number;
  #maxInFlight: number;
  #maxRetries: number;
  #backoff: (attempt: number) => number;
  #queue: Job[] = [];
  #inFlight = 0;
  #timer: NodeJS.Timeout | null = null;
  #pumpScheduled = false;
  #idle: (() => void)[] = [];
  #stats: MutationQueueStats = { requests: 0, transactions: 0, mutations: 0, retries: 0, rateLimited: 0 };

  constructor(targets: Record<string, MutationTarget>, options: MutationQueueOptions = {}) {
    this.#targets = targets;
    this.#limiter = new RateLimiter(options.perSecond ?? 20);
    this.#maxBatch = options.maxBatch ?? 100;
    this.#maxInFlight = options.maxInFlight ?? 4;
    this.#maxRetries = options.maxRetries ?? 6;
    this.#backoff = options.backoffMs ?? ((n) => Math.min(8000, 250 * 2 ** (n - 1)) * (0.5 + Math.random() / 2));
  }

  /** Queue a transaction for one dataset; resolves with one outcome per mutation once Sanity has applied it. */
  submit(target: string, mutations: SanityMutation[], batchable: boolean): Promise<MutationOutcome[]> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ target, mutations, ids: mutations.map(idOf), batchable, attempts: 0, notBefore: 0, resolve, reject });
      // Pump on the next microtask, so every write issued in this tick can share the first transaction.
      if (!this.#pumpScheduled) {
        this.#pumpScheduled = true;
        queueMicrotask(() => {
          this.#pumpScheduled = false;
          this.#pump();
        });
      }
    });
  }

  stats(): MutationQueueStats {
    return { ...this.#stats };
  }

  /** Resolves when nothing is queued or in flight. */
  drain(): Promise<void> {
    if (this.#queue.length === 0 && this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #pump(): void {
    while (this.#inFlight < this.#maxInFlight && this.#queue.length > 0) {
      const now = Date.now();
      const ready = this.#queue.findIndex((j) => j.notBefore <= now);
      const wait = ready === -1 ? Math.min(...this.#queue.map((j) => j.notBefore)) - now : this.#limiter.delay();
      if (wait > 0) {
        // While this timer runs, more writes queue up: they leave together in the next transaction.
        if (!this.#timer) {
          this.#timer = setTimeout(() => {
            this.#timer = null;
            this.#pump();
          }, wait);
        }
        return;
      }
      const batch = this.#takeBatch(ready);
      this.#inFlight++;
      void this.#send(batch).finally(() => {
        this.#inFlight--;
        this.#pump();
        if (this.#queue.length === 0 && this.#inFlight === 0) for (const resolve of this.#idle.splice(0)) resolve();
      });
    }
  }

  /** The first ready job, plus later ready single-document jobs for the same dataset that touch other ids. */
  #takeBatch(first: number): Job[] {
    const lead = this.#queue.splice(first, 1)[0]!;
    const batch = [lead];
    if (!lead.batchable) return batch;
    const ids = new Set(lead.ids);
    let count = lead.mutations.length;
    let bytes = JSON.stringify(lead.mutations).length;
    const now = Date.now();
    for (let i = first; i < this.#queue.length && count < this.#maxBatch; ) {
      const job = this.#queue[i]!;
      const size = JSON.stringify(job.mutations).length;
      if (
        job.batchable &&
        job.target === lead.target &&
        job.notBefore <= now &&
        !job.uncertainTx &&
        !job.ids.some((id) => ids.has(id)) &&
        bytes + size < MAX_BODY_BYTES
      ) {
        this.#queue.splice(i, 1);
        batch.push(job);
        job.ids.forEach((id) => ids.add(id));
        count += job.mutations.length;
        bytes += size;
      } else i++;
    }
    return batch;
  }

  async #send(batch: Job[]): Promise<void> {
    const target = this.#targets[batch[0]!.target]!;
    // A job whose last attempt may have been applied is checked first, so a retry never applies it twice.
    if (batch[0]!.uncertainTx) {
      const job = batch[0]!;
      try {
        const docs = await target.getDocuments(job.ids);
        const applied = this.#wasApplied(job, docs);
        if (applied) return job.resolve(applied);
        job.uncertainTx = undefined;
      } catch (error) {
        return this.#retryOrFail(batch, error);
      }
    }
    const mutations = batch.flatMap((j) => j.mutations);
    const transactionId = randomUUID().replaceAll('-', '');
    this.#limiter.take();
    this.#stats.requests++;
    let results: { id: string; operation: string }[];
    try {
      ({ results } = await target.mutate(mutations, transactionId));
    } catch (error) {
      const failure = classify(error);
      if (failure.kind === 'unavailable') for (const job of batch) job.uncertainTx = transactionId;
      return this.#retryOrFail(batch, error);
    }
    this.#stats.transactions++;
    this.#stats.mutations += mutations.length;
    const docs = await this.#documentsAfter(target, batch);
    let at = 0;
    for (const job of batch) {
      const outcomes = job.mutations.map((m, i) => {
        const result = results[at + i];
        const id = result?.id ?? idOf(m);
        return { id, operation: result?.operation ?? 'unknown', document: 'delete' in m ? null : (docs.get(id) ?? null) };
      });
      at += job.mutations.length;
      job.resolve(outcomes);
    }
  }

  /** The stored documents after a transaction, in one read; on failure the caller gets null documents. */
  async #documentsAfter(target: MutationTarget, batch: Job[]): Promise<Map<string, Json>> {
    const ids = [...new Set(batch.flatMap((j) => j.mutations.filter((m) => !('delete' in m)).map(idOf)))];
    const out = new Map<string, Json>();
    if (ids.length === 0) return out;
    for (let attempt = 0; attempt <= 2; attempt++) {
      try {
        const docs = await target.getDocuments(ids);
        docs.forEach((d) => d && out.set(d._id as string, d));
        return out;
      } catch {
        await new Promise((r) => setTimeout(r, this.#backoff(attempt + 1)));
      }
    }
    return out;
  }

  /** Did the uncertain transaction apply this job? Outcomes if it did, null if it did not. */
  #wasApplied(job: Job, docs: (Json | null)[]): MutationOutcome[] | null {
    const tx = job.uncertainTx!;
    const outcomes = job.mutations.map((m, i) => {
      const doc = docs[i] ?? null;
      if ('delete' in m) return doc ? null : { id: m.delete.id, operation: 'delete', document: null };
      if (!doc) return null;
      // Sanity sets `_rev` to the id of the transaction that last wrote the document.
      if (doc._rev === tx) return { id: idOf(m), operation: 'patch' in m ? 'update' : 'create', document: doc };
      // A plain create of identical content can only be ours: the id was free when we sent it, or it would be a 409.
      if ('create' in m && jsonEqual(withoutSystemFields(doc), withoutSystemFields(m.create))) {
        return { id: idOf(m), operation: 'create', document: doc };
      }
      return null;
    });
    if (outcomes.every((o) => o !== null)) return outcomes as MutationOutcome[];
    return null;
  }

  #retryOrFail(batch: Job[], error: unknown): void {
    const failure = classify(error);
    if (failure.kind === 'rate-limited' || failure.kind === 'unavailable') {
      if (failure.kind === 'rate-limited') {
        this.#stats.rateLimited++;
        this.#limiter.pauseFor(failure.retryAfterMs);
      }
      const retryable = batch.filter((job) => ++job.attempts <= this.#maxRetries);
      for (const job of batch) if (job.attempts > this.#maxRetries) job.reject(error);
      this.#stats.retries += retryable.length ? 1 : 0;
      const wait = failure.kind === 'rate-limited' ? failure.retryAfterMs : (failure.retryAfterMs ?? this.#backoff(retryable[0]?.attempts ?? 1));
      // Jobs with an uncertain attempt go alone, so each is checked before it is sent again.
      for (const job of retryable.reverse()) {
        job.notBefore = Date.now() + wait;
        if (job.uncertainTx) job.batchable = false;
        this.#queue.unshift(job);
      }
      return;
    }
    if (batch.length > 1) {
      // One refused mutation sinks the whole transaction: send each job on its own so the others still succeed.
      for (const job of batch.reverse()) {
        job.batchable = false;
        this.#queue.unshift(job);
      }
      return;
    }
    const job = batch[0]!;
    if (failure.kind === 'mutation') {
      const item = failure.items[0];
      const mapped = item ? portErrorFor(item, job.ids[item.index] ?? job.ids[0]!) : null;
      return job.reject(mapped ?? error);
    }
    job.reject(error);
  }
}
