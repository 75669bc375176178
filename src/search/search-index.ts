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

export interface SearchHit {
  doc: SearchDocument;
  score: number;
}

export interface SearchIndex {
  postings: Map<string, Map<number, number>>;
  docs: SearchDocument[];
}

export function buildSearchIndex(docs: SearchDocument[]): SearchIndex {
  const postings = new Map<string, Map<number, number>>();
  docs.forEach((doc, i) => {
    for (const field of doc.fields) {
      for (const token of tokenize(field.text)) {
        let list = postings.get(token);
        if (!list) postings.set(token, (list = new Map()));
        list.set(i, (list.get(i) ?? 0) + field.weight);
      }
    }
  });
  return { postings, docs };
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
      const idf = Math.log(1 + index.docs.length / list.size);
      for (const [doc, weight] of list) matched.set(doc, (matched.get(doc) ?? 0) + weight * exact * idf);
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
