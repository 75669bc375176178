// Test helpers for the Studio's pure logic: the sample dataset, and Sanity's own patch engine (@sanity/mutator, the
// code the Studio applies patches with) to apply what an action would send.
import { Mutation } from '@sanity/mutator';
import { evaluate, parse } from 'groq-js';

export { sample, ofType, TODAY } from '../content/load-sample.ts';

type Doc = { _id: string; _type: string; [key: string]: unknown };

/** Apply the patches a document action passes to `patch.execute()` to a document. */
export function applyStudioPatches<T extends Doc>(doc: T, patches: readonly Record<string, unknown>[]): T {
  const mutation = new Mutation({ mutations: patches.map((p) => ({ patch: { id: doc._id, ...p } })) as never });
  return mutation.apply(doc as never) as unknown as T;
}

/** Apply raw mutations (as sent with `client.mutate()`) to a set of documents by id; returns the changed set. */
export function applyMutations(docs: ReadonlyMap<string, Doc>, mutations: readonly Record<string, unknown>[]): Map<string, Doc> {
  const out = new Map(docs);
  for (const m of mutations) {
    const id = ((m.createIfNotExists ?? m.createOrReplace ?? m.create ?? m.patch) as { _id?: string; id?: string }).id ??
      ((m.createIfNotExists ?? m.createOrReplace ?? m.create) as { _id: string })._id;
    const result = new Mutation({ mutations: [m] as never }).apply((out.get(id) ?? null) as never) as unknown as Doc | null;
    if (result) out.set(id, result);
    else out.delete(id);
  }
  return out;
}

/** Run a GROQ query over documents with groq-js, the reference engine (as Sanity would run a desk filter). */
export async function groq<T = unknown>(query: string, docs: readonly unknown[], params: Record<string, unknown> = {}): Promise<T> {
  return (await (await evaluate(parse(query, { params }), { dataset: docs, params })).get()) as T;
}

/** A key function that counts, so tests can predict `_key`s. */
export function counterKeys(prefix = 'k') {
  let n = 0;
  return () => `${prefix}${++n}`;
}
