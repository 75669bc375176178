// The private dataset as a GROQ source read from the database per query: what families send is never held in memory.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Doc } from '../local/dataset-index.ts';
import type { GroqSource } from '../local/groq-engine.ts';
import type { Slice } from '../local/narrow-by-type.ts';

const PUBLISHED = "id NOT LIKE 'drafts.%' AND id NOT LIKE 'versions.%'";

/**
 * Each query fetches only the rows its filter can match: by `_type` or `_id` (the primary key and its type index),
 * narrowed further by any other field the filter pins with `==` (`json_extract`), so a receipt look-up reads one
 * response, not all of them. The filter still runs over what comes back, so this only ever leaves rows out that it
 * would reject. Rows come back in insertion order (rowid-free tables sort by key, so order by the first write).
 */
export class FeedbackSource implements GroqSource {
  #db: DatabaseSync;
  #dataset: string;
  #statements = new Map<string, StatementSync>();

  constructor(db: DatabaseSync, dataset: string) {
    this.#db = db;
    this.#dataset = dataset;
  }

  published(): readonly Doc[] {
    return this.#rows(`SELECT body FROM documents WHERE dataset = ? AND ${PUBLISHED} ORDER BY created_at, id`, [this.#dataset]);
  }

  slice(slice: Slice): readonly Doc[] {
    if (slice.values.length === 0) return [];
    const column = slice.field === '_type' ? 'type' : 'id';
    const where = [`dataset = ?`, `${column} IN (${slice.values.map(() => '?').join(', ')})`, PUBLISHED];
    const args: string[] = [this.#dataset, ...slice.values];
    for (const [field, value] of slice.where) {
      where.push('json_extract(body, ?) = ?');
      args.push(`$."${field.replaceAll('"', '""')}"`, value);
    }
    return this.#rows(`SELECT body FROM documents WHERE ${where.join(' AND ')} ORDER BY created_at, id`, args);
  }

  getPublished(id: string): Doc | undefined {
    if (id.startsWith('drafts.') || id.startsWith('versions.')) return undefined;
    return this.#rows('SELECT body FROM documents WHERE dataset = ? AND id = ?', [this.#dataset, id])[0];
  }

  #rows(sql: string, args: string[]): Doc[] {
    let statement = this.#statements.get(sql);
    if (!statement) this.#statements.set(sql, (statement = this.#db.prepare(sql)));
    const out: Doc[] = [];
    for (const row of statement.iterate(...args) as Iterable<{ body: string }>) out.push(JSON.parse(row.body) as Doc);
    return out;
  }
}
