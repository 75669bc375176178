// Turns services and guides into weighted search documents.
import type { SearchSource } from '../queries/search.ts';
import type { SearchDocument } from './search-index.ts';

export function toSearchDocument(s: SearchSource): SearchDocument {
  return {
    id: s._id,
    kind: s._type,
    url: s._type === 'service' ? `/services/${s.slug}/` : `/guides/${s.slug}/`,
    title: s.title,
    summary: s.summary,
    fields: [
      { text: s.title, weight: 8 },
      { text: s.keywords.join(' '), weight: 3 },
      { text: s.summary, weight: 2 },
      { text: `${s.body} ${s.extra}`, weight: 1 },
    ],
  };
}
