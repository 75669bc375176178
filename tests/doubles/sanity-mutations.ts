// The Sanity double's transaction logic: Content Lake's mutation semantics (no schema validation) over a dataset index.
import { randomUUID } from 'node:crypto';
import { DatasetIndex, type Doc } from '../../src/store/local/dataset-index.ts';
import { applyPatch } from '../../src/store/patch.ts';
import { deepFreeze } from '../../src/store/documents.ts';

type Json = Record<string, unknown>;

export interface MutationResult {
  id: string;
  operation: 'create' | 'update' | 'delete' | 'none';
  document?: Doc;
}

export interface MutationFailure {
  status: number;
  body: unknown;
}

function itemError(index: number, type: string, description: string, id?: string): MutationFailure {
  return {
    status: type === 'invalidMutation' ? 400 : 409,
    body: {
      error: {
        type: 'mutationError',
        description: `The mutation(s) failed: ${description}`,
        items: [{ error: { type, description, ...(id ? { id } : {}) }, index }],
      },
    },
  };
}

/**
 * Apply a transaction all-or-nothing, as Content Lake does: changes are staged and only land if every mutation
 * succeeds. Every written document gets `_rev` = the transaction id, `_updatedAt` = now, and keeps `_createdAt`.
 */
export function applyTransaction(
  index: DatasetIndex,
  mutations: unknown[],
  transactionId: string,
  now = new Date(),
): { results: MutationResult[] } | MutationFailure {
  const staged = new Map<string, Doc | null>();
  const current = (id: string): Doc | undefined => (staged.has(id) ? (staged.get(id) ?? undefined) : index.get(id));
  const at = now.toISOString();
  const stamp = (doc: Json, id: string, createdAt?: string): Doc =>
    ({ ...doc, _id: id, _rev: transactionId, _createdAt: createdAt ?? at, _updatedAt: at }) as unknown as Doc;
  const results: MutationResult[] = [];

  for (const [i, raw] of mutations.entries()) {
    const m = (raw ?? {}) as Json;
    const [kind] = Object.keys(m);
    const body = (kind ? m[kind] : undefined) as Json | undefined;
    if (!kind || !body || typeof body !== 'object') return itemError(i, 'invalidMutation', 'mutation must be an object with one key');
    if (kind === 'create' || kind === 'createOrReplace' || kind === 'createIfNotExists') {
      if (typeof body._type !== 'string') return itemError(i, 'invalidMutation', 'document is missing _type');
      let id = typeof body._id === 'string' ? body._id : '';
      if (kind === 'create' && (id === '' || id.endsWith('.'))) id += randomUUID();
      if (!id) return itemError(i, 'invalidMutation', `${kind} needs an _id`);
      const existing = current(id);
      if (existing && kind === 'create') return itemError(i, 'documentAlreadyExistsError', `Document by ID "${id}" already exists`, id);
      if (existing && kind === 'createIfNotExists') {
        results.push({ id, operation: 'none' });
        continue;
      }
      const doc = stamp(body, id, existing?._createdAt as string | undefined);
      staged.set(id, doc);
      results.push({ id, operation: existing ? 'update' : 'create' });
    } else if (kind === 'patch') {
      const id = body.id as string;
      const existing = current(id);
      if (!existing) return itemError(i, 'documentNotFoundError', `Document by ID "${id}" not found`, id);
      const expected = (body.ifRevisionID ?? body.ifRevisionId) as string | undefined;
      if (expected !== undefined && existing._rev !== expected) {
        return itemError(
          i,
          'documentRevisionIDDoesNotMatchError',
          `Document by ID "${id}" has unexpected revision ID ("${String(existing._rev)}"), expected "${expected}"`,
          id,
        );
      }
      const dec = Object.fromEntries(Object.entries((body.dec ?? {}) as Record<string, number>).map(([k, v]) => [k, -v]));
      let patched: Doc;
      try {
        patched = applyPatch(existing, {
          set: body.set as Json | undefined,
          setIfMissing: body.setIfMissing as Json | undefined,
          unset: body.unset as string[] | undefined,
          inc: { ...((body.inc ?? {}) as Record<string, number>), ...dec },
        });
      } catch (error) {
        return itemError(i, 'invalidMutation', (error as Error).message, id);
      }
      staged.set(id, stamp(patched, id, existing._createdAt as string | undefined));
      results.push({ id, operation: 'update' });
    } else if (kind === 'delete') {
      if (typeof body.id !== 'string') return itemError(i, 'invalidMutation', 'the double deletes by id only');
      staged.set(body.id, null);
      results.push({ id: body.id, operation: 'delete' });
    } else {
      return itemError(i, 'invalidMutation', `the double does not support "${kind}" mutations`);
    }
  }

  for (const [id, doc] of staged) {
    if (doc) index.put(deepFreeze(doc));
    else index.delete(id);
  }
  for (const r of results) {
    const doc = staged.get(r.id);
    if (doc) r.document = doc;
    else if (r.operation === 'none') r.document = index.get(r.id);
  }
  return { results };
}
