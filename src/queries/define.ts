// How a named GROQ query is declared and run: the GROQ text, the dataset it reads, and a zod schema for its result.
import type { z } from 'zod';
import { formatPath } from '../model/index.ts';
import type { ContentStore, DatasetName } from '../store/port.ts';

export interface NamedQuery<P extends Record<string, unknown>, R extends z.ZodType> {
  name: string;
  groq: string;
  result: R;
  dataset?: DatasetName;
  /** Only for typing the params a caller must pass. */
  readonly params?: P;
}

export function defineQuery<R extends z.ZodType, P extends Record<string, unknown> = Record<string, never>>(
  name: string,
  groq: string,
  result: R,
  dataset: DatasetName = 'content',
): NamedQuery<P, R> {
  return { name, groq, result, dataset };
}

export class QueryResultError extends Error {
  constructor(queryName: string, issues: { path: PropertyKey[]; message: string }[]) {
    super(`query "${queryName}" returned data that does not match its schema: ` + issues.map((i) => `${formatPath(i.path) || '(result)'}: ${i.message}`).join('; '));
    this.name = 'QueryResultError';
  }
}

/**
 * GROQ projections give `null` for a field a document does not have, where the model says "absent". Drop null object
 * properties so one zod schema reads both; nulls inside arrays stay, because they mean a broken reference.
 */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = dropNulls(v);
    return out;
  }
  return value;
}

/** Run a named query and parse its result, so pages only ever see data of the declared shape. */
export async function runQuery<P extends Record<string, unknown>, R extends z.ZodType>(
  store: ContentStore,
  query: NamedQuery<P, R>,
  params?: P,
): Promise<z.infer<R>> {
  const raw = await store.query(query.groq, params ?? {}, { dataset: query.dataset });
  const parsed = query.result.safeParse(dropNulls(raw));
  if (!parsed.success) throw new QueryResultError(query.name, parsed.error.issues);
  return parsed.data;
}
