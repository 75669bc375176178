// Applying a Sanity-style patch to a document, as a pure function both adapters (and the Sanity double) share.
import { DocumentValidationError } from '../model/index.ts';
import type { Patch } from './port.ts';

type Json = Record<string, unknown>;

/** Fields a patch may not touch: identity and type decide where a document lives and what it is. */
const PROTECTED = new Set(['_id', '_type']);
/** Fields the store stamps itself; a patch that sets them is ignored for them. */
const STAMPED = new Set(['_rev', '_createdAt', '_updatedAt']);

function splitPath(docId: string, docType: string, path: string): string[] {
  const parts = path.split('.');
  if (parts.some((p) => p === '' || /[[\]*]/.test(p))) {
    throw new DocumentValidationError(docId, docType, [
      { path, message: 'patch paths are plain dotted field names such as "status" or "cost.details"' },
    ]);
  }
  if (PROTECTED.has(parts[0]!)) {
    throw new DocumentValidationError(docId, docType, [{ path, message: `a patch cannot change ${parts[0]}` }]);
  }
  return parts;
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Walk to the parent object of a path; with `create`, make missing objects on the way. */
function parentOf(root: Json, parts: string[], create: boolean): Json | undefined {
  let node: Json = root;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next && typeof next === 'object' && !Array.isArray(next)) node = next as Json;
    else if (create && next === undefined) node = node[part] = {};
    else return undefined;
  }
  return node;
}

/**
 * Return a new document with the patch applied, in Sanity's order: set, setIfMissing, unset, inc.
 * `inc` on a missing field does nothing (Sanity's rule; pair it with `setIfMissing`); on a non-number it is an error.
 * The caller validates the result and stamps `_rev`/`_updatedAt`.
 */
export function applyPatch<D extends { _id: string; _type: string }>(doc: D, patch: Patch): D {
  const out = cloneJson(doc) as unknown as Json;
  const id = doc._id;
  const type = doc._type;
  for (const [path, value] of Object.entries(patch.set ?? {})) {
    const parts = splitPath(id, type, path);
    if (STAMPED.has(path)) continue;
    const parent = parentOf(out, parts, true);
    if (!parent) throw new DocumentValidationError(id, type, [{ path, message: 'cannot set a field inside a non-object value' }]);
    parent[parts.at(-1)!] = cloneJson(value);
  }
  for (const [path, value] of Object.entries(patch.setIfMissing ?? {})) {
    const parts = splitPath(id, type, path);
    if (STAMPED.has(path)) continue;
    const parent = parentOf(out, parts, true);
    if (!parent) throw new DocumentValidationError(id, type, [{ path, message: 'cannot set a field inside a non-object value' }]);
    if (parent[parts.at(-1)!] === undefined) parent[parts.at(-1)!] = cloneJson(value);
  }
  for (const path of patch.unset ?? []) {
    const parts = splitPath(id, type, path);
    if (STAMPED.has(path)) continue;
    const parent = parentOf(out, parts, false);
    if (parent) delete parent[parts.at(-1)!];
  }
  for (const [path, amount] of Object.entries(patch.inc ?? {})) {
    const parts = splitPath(id, type, path);
    const parent = parentOf(out, parts, false);
    const current = parent?.[parts.at(-1)!];
    if (current === undefined) continue;
    if (typeof current !== 'number' || typeof amount !== 'number') {
      throw new DocumentValidationError(id, type, [{ path, message: 'inc needs a number field and a number amount' }]);
    }
    parent![parts.at(-1)!] = current + amount;
  }
  return out as unknown as D;
}
