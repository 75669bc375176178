// A published quarter as a document (Sanity mode's publishedQuarter, and what the embedded store exports its
// published_quarters rows as), so figures frozen on one store stay frozen when the data moves to the other.
import type { PublishedQuarter } from '../model/index.ts';
import { quarterFromIndex } from './quarter.ts';

/** One per measure and quarter, so every server that publishes it writes the same one. */
export const publishedQuarterId = (measure: string, quarterKey: string) => `publishedQuarter-${quarterKey}-${measure}`;

export function publishedQuarterDocument(row: { measure: string; quarter: number; n: number; positive: number; publishedAt: string }): PublishedQuarter {
  const quarter = quarterFromIndex(row.quarter).key;
  return { _id: publishedQuarterId(row.measure, quarter), _type: 'publishedQuarter', measure: row.measure, quarter, n: row.n, positive: row.positive, publishedAt: row.publishedAt };
}
