// GROQ over an in-memory dataset with groq-js: cached parse trees, scans narrowed by _type/_id, joins through a Map by id.
import { evaluate, parse, type ExprNode } from 'groq-js';
import type { Doc } from './dataset-index.ts';
import { narrowByType, type Slice } from './narrow-by-type.ts';

/**
 * Where a query's documents come from: the content dataset's in-memory index, or the feedback dataset's rows read
 * from the database per query (never held whole in memory). Published documents only.
 */
export interface GroqSource {
  /** Every published document; asked for only when a query scans the whole dataset. */
  published(): readonly Doc[];
  /** The published documents a narrowed filter can match, in dataset order. */
  slice(slice: Slice): readonly Doc[];
  getPublished(id: string): Doc | undefined;
}

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
export async function runGroq(source: GroqSource, groq: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const { tree, slices } = narrowByType(parseCached(groq, params), params);
  const allParams: Record<string, unknown> = { ...params };
  for (const [name, slice] of slices) allParams[name] = source.slice(slice);
  const result = await evaluate(tree, {
    dataset: scansEverything(tree) ? source.published() : [],
    params: allParams,
    // `->` looks the id up instead of scanning every document (groq-js's default).
    dereference: ({ _ref }) => source.getPublished(_ref) ?? null,
  });
  const out: unknown = await result.get();
  // A whole index array can come back as the result itself: hand the caller its own array to sort or splice.
  // (Documents inside stay frozen: they are the store's, shared by every result.)
  return Array.isArray(out) && Object.isFrozen(out) ? [...out] : out;
}

/** Whether anything in the (narrowed) tree still reads the whole dataset with `*`. */
function scansEverything(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(scansEverything);
  if (!node || typeof node !== 'object') return false;
  const n = node as { type?: unknown };
  if (n.type === 'Everything') return true;
  if (n.type === 'Value') return false;
  return Object.values(node).some(scansEverything);
}
