// One dataset in memory: documents by id, published documents by `_type`, in a stable order the query engine sees.
import { isPublishedId } from '../documents.ts';
import type { GroqSource } from './groq-engine.ts';
import type { Slice } from './narrow-by-type.ts';

export type Doc = { _id: string; _type: string; [field: string]: unknown };

/**
 * Documents keep the position they were first stored at (a replacement keeps its place), so unordered query results
 * are stable. The per-type maps keep the same relative order, so a type slice is exactly "the dataset, filtered".
 */
export class DatasetIndex implements GroqSource {
  #docs = new Map<string, Doc>();
  #byType = new Map<string, Map<string, Doc>>();
  #seq = new Map<string, number>();
  #nextSeq = 0;
  // Arrays handed to the query engine, rebuilt lazily after a write: queries far outnumber writes. Frozen, because a
  // query such as `*[_type == "x"]` returns one of them as it is.
  #published: Doc[] | null = null;
  #typeArrays = new Map<string, Doc[]>();

  get size(): number {
    return this.#docs.size;
  }

  /** Any stored document, drafts included. */
  get(id: string): Doc | undefined {
    return this.#docs.get(id);
  }

  /** A document the site may see: not a draft or a release version. */
  getPublished(id: string): Doc | undefined {
    return isPublishedId(id) ? this.#docs.get(id) : undefined;
  }

  put(doc: Doc): void {
    const old = this.#docs.get(doc._id);
    if (old && old._type !== doc._type) this.delete(doc._id);
    if (!this.#docs.has(doc._id)) this.#seq.set(doc._id, this.#nextSeq++);
    this.#docs.set(doc._id, doc);
    if (isPublishedId(doc._id)) {
      let typed = this.#byType.get(doc._type);
      if (!typed) this.#byType.set(doc._type, (typed = new Map()));
      typed.set(doc._id, doc);
      this.#invalidate(doc._type);
    }
  }

  delete(id: string): boolean {
    const old = this.#docs.get(id);
    if (!old) return false;
    this.#docs.delete(id);
    this.#seq.delete(id);
    if (isPublishedId(id)) {
      this.#byType.get(old._type)?.delete(id);
      this.#invalidate(old._type);
    }
    return true;
  }

  /** Every published document, in stored order. */
  published(): readonly Doc[] {
    if (!this.#published) {
      const published: Doc[] = [];
      for (const doc of this.#docs.values()) if (isPublishedId(doc._id)) published.push(doc);
      this.#published = Object.freeze(published) as Doc[];
    }
    return this.#published;
  }

  /** The documents a narrowed filter can match (its other pinned fields are left to the filter itself). */
  slice(slice: Slice): readonly Doc[] {
    return slice.field === '_type' ? this.ofTypes(slice.values) : this.ofIds(slice.values);
  }

  /** Published documents of some types, in the same relative order as `published()`. */
  ofTypes(types: readonly string[]): readonly Doc[] {
    const unique = [...new Set(types)];
    if (unique.length === 1) return this.#ofType(unique[0]!);
    const merged = unique.flatMap((t) => this.#ofType(t));
    const seq = this.#seq;
    return merged.sort((a, b) => seq.get(a._id)! - seq.get(b._id)!);
  }

  /** Published documents with these ids, in the same relative order as `published()`. */
  ofIds(ids: readonly string[]): readonly Doc[] {
    const docs = [...new Set(ids)].map((id) => this.getPublished(id)).filter((d): d is Doc => d !== undefined);
    const seq = this.#seq;
    return docs.sort((a, b) => seq.get(a._id)! - seq.get(b._id)!);
  }

  /** Every document, drafts included, for export and snapshots. */
  all(): IterableIterator<Doc> {
    return this.#docs.values();
  }

  #ofType(type: string): Doc[] {
    let arr = this.#typeArrays.get(type);
    if (!arr) {
      arr = Object.freeze([...(this.#byType.get(type)?.values() ?? [])]) as Doc[];
      this.#typeArrays.set(type, arr);
    }
    return arr;
  }

  #invalidate(type: string): void {
    this.#published = null;
    this.#typeArrays.delete(type);
  }
}
