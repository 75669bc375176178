// The journals of the store before SQLite (decision 001): read once to move their writes into the database, then deleted.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileIfExists, syncDirectory } from '../../fs/durable.ts';
import { STORE_CREATED_FILE, StoreCreated } from '../../sample/sample-day.ts';
import type { Doc } from '../local/dataset-index.ts';
import { decodeJournal } from '../local/journal-record.ts';
import type { DatasetName } from '../port.ts';

const JOURNAL = (dataset: DatasetName) => `${dataset}.journal`;

export class LegacyJournalError extends Error {
  constructor(file: string, line: number) {
    super(
      `${file}:${line}: a damaged record is followed by good ones, so the old journal cannot be moved into portal.db safely. ` +
        'Restore the file from a backup, or remove the damaged line by hand, then start again.',
    );
    this.name = 'LegacyJournalError';
  }
}

export interface LegacyJournals {
  /** The day the old store was made (store-created.json), if it recorded one. */
  createdOn?: string;
  /** Each dataset's committed writes, in order: whole documents to store, or ids to delete. */
  writes: Record<DatasetName, ({ put: Doc } | { del: string })[]>;
  /** The files to delete once their writes are in the database. */
  files: string[];
}

/**
 * The old store's state, or undefined when DATA_DIR has no journals. A torn tail (a crash mid-append) is left out, as
 * the old store did on opening; damage with good records after it stops the migration rather than lose them.
 */
export async function readLegacyJournals(dataDir: string): Promise<LegacyJournals | undefined> {
  const found: LegacyJournals = { writes: { content: [], feedback: [] }, files: [] };
  for (const dataset of ['content', 'feedback'] as const) {
    const file = join(dataDir, JOURNAL(dataset));
    const bytes = await readFileIfExists(file);
    if (bytes === undefined) continue;
    const decoded = decodeJournal(bytes);
    if (decoded.bad?.goodRecordsAfter) throw new LegacyJournalError(file, decoded.bad.line);
    for (const ops of decoded.transactions) found.writes[dataset].push(...ops);
    found.files.push(file);
  }
  const createdFile = join(dataDir, STORE_CREATED_FILE);
  const created = await readFileIfExists(createdFile);
  if (created) {
    const parsed = StoreCreated.safeParse(JSON.parse(created.toString('utf8')));
    if (!parsed.success) throw new Error(`${createdFile}: ${parsed.error.issues[0]!.message}`);
    found.createdOn = parsed.data.createdOn;
    found.files.push(createdFile);
  }
  return found.files.length > 0 ? found : undefined;
}

/** Delete the old files once the database holds their writes: they may keep text that has since been erased. */
export async function removeLegacyJournals(dataDir: string, legacy: LegacyJournals): Promise<void> {
  for (const file of legacy.files) await rm(file, { force: true });
  await syncDirectory(dataDir);
}
