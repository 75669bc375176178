// Sanity's import format: one JSON document per line, in a stable order (by type, then id) so diffs stay small.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { SampleDay } from '../../src/sample/sample-day.ts';

export function sortDocuments<T extends { _type: string; _id: string }>(docs: readonly T[]): T[] {
  return docs.slice().sort((a, b) => (a._type === b._type ? compare(a._id, b._id) : compare(a._type, b._type)));
}

/** Plain code-unit order, so the result never depends on the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `_id` and `_type` first on every line, for people reading the file. */
function line(doc: { _type: string; _id: string }): string {
  const { _id, _type, ...rest } = doc;
  return JSON.stringify({ _id, _type, ...rest });
}

export function toNdjson(docs: readonly { _type: string; _id: string }[]): string {
  return sortDocuments(docs).map(line).join('\n') + '\n';
}

/** Writes in chunks: a 100,000-response dataset is too big to build as one string comfortably. */
export async function writeNdjson(path: string, docs: readonly { _type: string; _id: string }[]): Promise<void> {
  const out = createWriteStream(path);
  const sorted = sortDocuments(docs);
  for (let i = 0; i < sorted.length; i += 2000) {
    const chunk = sorted.slice(i, i + 2000).map(line).join('\n') + '\n';
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** `sample-day.json`: the day the files beside it were written for, which the embedded store moves them from. */
export function sampleDayJson(today: string): string {
  return `${JSON.stringify({ writtenFor: today } satisfies SampleDay, null, 2)}\n`;
}
