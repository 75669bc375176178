// A small in-memory full-text index over services and guides, ranked by where the words appear (title counts most).
import { tokenize } from './tokenize.ts';

export interface SearchDocument {
  id: string;
  kind: 'service' | 'guide';
  url: string;
  title: string;
  summary: string;
  /** Weighted text fields: title and keywords outrank body text. */
  fields: { text: string; weight: number }[];
}

/** What a results page shows of a document; its text is indexed, not kept. */
export type SearchEntry = Omit<SearchDocument, 'fields'>;

export interface SearchHit {
  doc: SearchEntry;
  score: number;
}

/** A token's documents (indexes into `docs`, ascending) and the summed weight of its fields in each. */
interface Postings {
  docs: Uint32Array;
  weights: Float32Array;
}

export interface SearchIndex {
  postings: Map<string, Postings>;
  docs: SearchEntry[];
}

/**
 * Postings are packed into typed arrays once built (8 bytes a posting, not a Map entry each): at 10,000 services the
 * index is a few MB, and the documents' text is dropped once counted.
 */
export function buildSearchIndex(docs: SearchDocument[]): SearchIndex {
  const growing = new Map<string, { docs: number[]; weights: number[] }>();
  const entries = docs.map(({ fields, ...entry }, i) => {
    for (const field of fields) {
      for (const token of tokenize(field.text)) {
        let list = growing.get(token);
        if (!list) growing.set(token, (list = { docs: [], weights: [] }));
        // Documents are visited in order, so a token seen again in this one is always the last posting.
        const last = list.docs.length - 1;
        if (list.docs[last] === i) list.weights[last]! += field.weight;
        else list.docs.push(i), list.weights.push(field.weight);
      }
    }
    return entry;
  });
  const postings = new Map<string, Postings>();
  for (const [token, list] of growing) postings.set(token, { docs: Uint32Array.from(list.docs), weights: Float32Array.from(list.weights) });
  return { postings, docs: entries };
}

/** Every query word must match (a word may match as a prefix, so "speec" finds "speech"); best scores first. */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const words = [...new Set(tokenize(query))].slice(0, 12);
  if (words.length === 0) return [];
  let scores: Map<number, number> | undefined;
  for (const word of words) {
    const matched = new Map<number, number>();
    for (const [token, list] of index.postings) {
      if (token !== word && !(word.length >= 3 && token.startsWith(word))) continue;
      const exact = token === word ? 1 : 0.5;
      // Rarer words say more about a document than common ones.
      const idf = Math.log(1 + index.docs.length / list.docs.length);
      list.docs.forEach((doc, k) => matched.set(doc, (matched.get(doc) ?? 0) + list.weights[k]! * exact * idf));
    }
    scores = scores
      ? new Map([...scores].filter(([doc]) => matched.has(doc)).map(([doc, s]) => [doc, s + matched.get(doc)!]))
      : matched;
    if (scores.size === 0) return [];
  }
  return [...scores!]
    .map(([i, score]) => ({ doc: index.docs[i]!, score }))
    .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title));
}
