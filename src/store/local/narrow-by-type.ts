// Rewrites `*[_type == "x" && …]` (and `*[_id == $id …]`) so the engine scans only the documents that can match.
import type { ExprNode } from 'groq-js';

/** The fields the store indexes: a filter that pins one of them needs to see only the documents it names. */
export type IndexedField = '_type' | '_id';

export interface Slice {
  field: IndexedField;
  values: string[];
  /**
   * Other top-level string fields the same filter pins (`receiptHash == $hash`): a store that keeps its documents
   * outside memory can fetch only those. The filter itself still runs over the slice, so an in-memory index may ignore it.
   */
  where: [field: string, value: string][];
}

export interface Narrowed {
  tree: ExprNode;
  /** Parameter name → the documents it must hold (those whose `field` is one of `values`, in dataset order). */
  slices: Map<string, Slice>;
}

/** Parameter names GROQ text cannot spell (a NUL byte), so they never collide with a caller's `$params`. */
const SLICE_PREFIX = '\u0000slice:';

type Node = { type: string; [key: string]: unknown };
type Params = Record<string, unknown>;

function isAttribute(node: Node, field: string): boolean {
  if (node.type !== 'AccessAttribute' || node.name !== field) return false;
  const base = node.base as Node | undefined;
  return base === undefined || base.type === 'This';
}

function stringOf(node: Node, params: Params): string[] | null {
  if (node.type === 'Value' && typeof node.value === 'string') return [node.value];
  if (node.type === 'Parameter' && typeof params[node.name as string] === 'string') return [params[node.name as string] as string];
  return null;
}

function stringListOf(node: Node, params: Params): string[] | null {
  if (node.type === 'Array') {
    const out: string[] = [];
    for (const el of node.elements as Node[]) {
      const v = el.value as Node;
      if (el.isSplat || v.type !== 'Value' || typeof v.value !== 'string') return null;
      out.push(v.value);
    }
    return out;
  }
  if (node.type === 'Parameter') {
    const v = params[node.name as string];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  }
  return null;
}

/**
 * The values of `field` a filter expression admits, when it provably admits no others: an equality or `in` test on
 * the field, or a conjunction (`&&`) with one in it. A document with another value makes that test false, and
 * `false && anything` is false, so leaving it out before filtering cannot change the result. Anything else
 * (`||`, `!`, `!=`, functions, non-string values) → null: no narrowing.
 */
export function admitted(expr: Node, field: IndexedField, params: Params): string[] | null {
  switch (expr.type) {
    case 'Group':
      return admitted(expr.base as Node, field, params);
    case 'And': {
      const l = admitted(expr.left as Node, field, params);
      const r = admitted(expr.right as Node, field, params);
      if (l && r) return l.filter((v) => r.includes(v));
      return l ?? r;
    }
    case 'OpCall': {
      const left = expr.left as Node;
      const right = expr.right as Node;
      if (expr.op === '==') {
        if (isAttribute(left, field)) return stringOf(right, params);
        if (isAttribute(right, field)) return stringOf(left, params);
      }
      if (expr.op === 'in' && isAttribute(left, field)) return stringListOf(right, params);
      return null;
    }
    default:
      return null;
  }
}

/** A plain top-level attribute name that is not one of the indexed fields. */
function plainAttribute(node: Node): string | null {
  if (node.type !== 'AccessAttribute' || typeof node.name !== 'string' || node.name === '_type' || node.name === '_id') return null;
  const base = node.base as Node | undefined;
  return base === undefined || base.type === 'This' ? node.name : null;
}

/** `field == "value"` tests that every matching document must pass: the conjuncts of the filter, nothing under `||` or `!`. */
export function pinnedFields(expr: Node, params: Params): [string, string][] {
  switch (expr.type) {
    case 'Group':
      return pinnedFields(expr.base as Node, params);
    case 'And':
      return [...pinnedFields(expr.left as Node, params), ...pinnedFields(expr.right as Node, params)];
    case 'OpCall': {
      if (expr.op !== '==') return [];
      const left = expr.left as Node;
      const right = expr.right as Node;
      const field = plainAttribute(left) ?? plainAttribute(right);
      const value = plainAttribute(left) ? stringOf(right, params) : plainAttribute(right) ? stringOf(left, params) : null;
      return field && value ? [[field, value[0]!]] : [];
    }
    default:
      return [];
  }
}

/** Kept for readers of the type case alone. */
export function admittedTypes(expr: Node, params: Params): string[] | null {
  return admitted(expr, '_type', params);
}

/** True when the expression is nothing but tests on `field`: every document in the slice passes it. */
function onlyTestsOn(expr: Node, field: IndexedField, params: Params): boolean {
  switch (expr.type) {
    case 'Group':
      return onlyTestsOn(expr.base as Node, field, params);
    case 'And':
      return onlyTestsOn(expr.left as Node, field, params) && onlyTestsOn(expr.right as Node, field, params);
    case 'OpCall':
      return admitted(expr, field, params) !== null;
    default:
      return false;
  }
}

/**
 * Replace every `Filter(Everything, expr)` whose expr pins `_id` or `_type` with a filter over a parameter holding
 * only those documents (or with the parameter alone, when the expr is nothing but those tests). `*` means the whole
 * dataset at any depth, so this holds for sub-queries in projections too; the engine's own `*` (the dataset option)
 * is untouched for every other use. Copy-on-write: the cached tree is never changed.
 */
export function narrowByType(tree: ExprNode, params: Params): Narrowed {
  const slices = new Map<string, Slice>();
  const narrow = (filter: Node): Node | null => {
    const expr = filter.expr as Node;
    // An id pins at most a handful of documents; a type, a share of the dataset.
    for (const field of ['_id', '_type'] as const) {
      const values = admitted(expr, field, params);
      if (!values) continue;
      const unique = [...new Set(values)].sort();
      const where = pinnedFields(expr, params);
      const name = `${SLICE_PREFIX}${field}:${JSON.stringify(unique)}${where.length ? JSON.stringify(where) : ''}`;
      slices.set(name, { field, values: unique, where });
      const slice = { type: 'Parameter', name };
      return onlyTestsOn(expr, field, params) ? slice : { ...filter, base: slice };
    }
    return null;
  };
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      let changed = false;
      const out = value.map((v) => {
        const nv = visit(v);
        if (nv !== v) changed = true;
        return nv;
      });
      return changed ? out : value;
    }
    if (!value || typeof value !== 'object') return value;
    const node = value as Node;
    // A Value node holds literal data (possibly object-shaped): never a query to rewrite.
    if (node.type === 'Value' || typeof node.type !== 'string') return value;
    let out: Node | null = null;
    for (const [key, child] of Object.entries(node)) {
      if (!child || typeof child !== 'object') continue;
      const next = visit(child);
      if (next !== child) (out ??= { ...node })[key] = next;
    }
    const result = out ?? node;
    if (result.type === 'Filter' && (result.base as Node).type === 'Everything') return narrow(result) ?? result;
    return result;
  };
  return { tree: visit(tree) as ExprNode, slices };
}
