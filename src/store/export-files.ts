// Write a store's datasets to NDJSON files that `sanity dataset import` (and the local store) read as they are.
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentStore, DatasetName } from './port.ts';

export interface ExportedFiles {
  files: Record<DatasetName, string>;
  counts: Record<DatasetName, number>;
}

/**
 * Export both datasets into `dir` (default names `content.ndjson` and `feedback.ndjson`). Each file is written to a
 * temporary name, fsynced and renamed, so a crash never leaves a half-written export under the real name.
 */
export async function exportToFiles(
  store: ContentStore,
  dir: string,
  names: Partial<Record<DatasetName, string>> = {},
): Promise<ExportedFiles> {
  await mkdir(dir, { recursive: true });
  const files = {} as Record<DatasetName, string>;
  const counts = {} as Record<DatasetName, number>;
  for (const dataset of ['content', 'feedback'] as const) {
    const file = join(dir, names[dataset] ?? `${dataset}.ndjson`);
    const tmp = `${file}.tmp-${process.pid}`;
    const fh = await open(tmp, 'w');
    let count = 0;
    try {
      let chunk: string[] = [];
      for await (const line of store.exportNdjson(dataset)) {
        chunk.push(line);
        count++;
        if (chunk.length >= 1000) {
          await fh.write(chunk.join('\n') + '\n');
          chunk = [];
        }
      }
      if (chunk.length) await fh.write(chunk.join('\n') + '\n');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
    files[dataset] = file;
    counts[dataset] = count;
  }
  return { files, counts };
}
