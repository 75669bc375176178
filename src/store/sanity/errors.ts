// Reading Sanity's HTTP errors: what to retry, how long to wait, and which port error a mutation failure means.
import { DocumentExistsError, DocumentNotFoundError, RevisionConflictError } from '../port.ts';

export type Failure =
  /** 429: not applied; wait `retryAfterMs` (from the header) and send again. */
  | { kind: 'rate-limited'; retryAfterMs: number }
  /** 5xx or the connection failed: the transaction may or may not have been applied. */
  | { kind: 'unavailable'; retryAfterMs?: number }
  /** 409 and friends: the transaction was refused as a whole; `items` say why, by mutation index. */
  | { kind: 'mutation'; items: { index: number; type: string; description: string; id?: string }[] }
  | { kind: 'fatal' };

interface HttpLikeError {
  statusCode?: number;
  response?: { headers?: Record<string, string>; body?: unknown };
  details?: unknown;
  code?: string;
}

function retryAfterMs(headers: Record<string, string> | undefined): number | undefined {
  const raw = headers?.['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function classify(error: unknown): Failure {
  const e = (error ?? {}) as HttpLikeError;
  const status = e.statusCode;
  if (status === undefined) {
    // No HTTP answer at all (reset, refused, timeout): the request may have reached Sanity.
    return e.code || error instanceof TypeError || (error as Error)?.name === 'AbortError' ? { kind: 'unavailable' } : { kind: 'fatal' };
  }
  if (status === 429) return { kind: 'rate-limited', retryAfterMs: retryAfterMs(e.response?.headers) ?? 1000 };
  if (status >= 500) return { kind: 'unavailable', retryAfterMs: retryAfterMs(e.response?.headers) };
  const body = e.response?.body as { error?: { type?: string; items?: unknown[] } } | undefined;
  const err = body?.error;
  if (err && typeof err === 'object' && (err.type === 'mutationError' || status === 409)) {
    const items = (err.items ?? []).map((raw, i) => {
      const item = raw as { index?: number; error?: { type?: string; description?: string; id?: string } };
      return {
        index: item.index ?? i,
        type: item.error?.type ?? '',
        description: item.error?.description ?? '',
        id: item.error?.id,
      };
    });
    return { kind: 'mutation', items };
  }
  return { kind: 'fatal' };
}

/** The port error a refused mutation stands for, when there is one. */
export function portErrorFor(item: { type: string; description: string; id?: string }, fallbackId: string): Error | null {
  const id = item.id ?? fallbackId;
  const text = `${item.type} ${item.description}`.toLowerCase();
  if (text.includes('alreadyexists') || text.includes('already exists')) return new DocumentExistsError(id);
  if (text.includes('revision')) return new RevisionConflictError(id, '(unknown)');
  if (text.includes('notfound') || text.includes('not found')) return new DocumentNotFoundError(id);
  return null;
}
