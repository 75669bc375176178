// GROQ over an in-memory dataset with groq-js: cached parse trees, scans narrowed by _type/_id, joins through a Map by id.
import { evaluate, parse, type ExprNode } from 'groq-js';
import type { DatasetIndex } from './dataset-index.ts';
import { narrowByType } from './narrow-by-type.ts';

const MAX_CACHED = 1000;
const trees = new Map<string, ExprNode>();

function remember(key: string, tree: ExprNode): ExprNode {
  if (trees.size >= MAX_CACHED) trees.delete(trees.keys().next().value!);
  trees.set(key, tree);
  return tree;
}

/**
 * Parse once per GROQ string. Most parameters stay runtime parameters; a few constructs (slices such as
 * `[0...$limit]`) need constants at parse time, so those queries are parsed with their values and cached per value.
 */
export function parseCached(groq: string, params: Record<string, unknown>): ExprNode {
  const hit = trees.get(groq);
  if (hit) return hit;
  try {
    return remember(groq, parse(groq));
  } catch (error) {
    if (Object.keys(params).length === 0) throw error;
    const key = `${groq}\u0000${JSON.stringify(params)}`;
    return trees.get(key) ?? remember(key, parse(groq, { params }));
  }
}

/** Evaluate a query over the published documents of a dataset and return plain JSON. */
export async function runGroq(index: DatasetIndex, groq: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const { tree, slices } = narrowByType(parseCached(groq, params), params);
  const allParams: Record<string, unknown> = { ...params };
  for (const [name, slice] of slices) allParams[name] = slice.field === '_type' ? index.ofTypes(slice.values) : index.ofIds(slice.values);
  const result = await evaluate(tree, {
    dataset: index.published(),
    params: allParams,
    // `->` looks the id up instead of scanning every document (groq-js's default).
    dereference: ({ _ref }) => index.getPublished(_ref) ?? null,
  });
  const out: unknown = await result.get();
  // A whole index array can come back as the result itself: hand the caller its own array to sort or splice.
  // (Documents inside stay frozen: they are the store's, shared by every result.)
  return Array.isArray(out) && Object.isFrozen(out) ? [...out] : out;
}
