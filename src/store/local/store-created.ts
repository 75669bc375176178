// When an embedded store was first made from the sample, read from (or, the first time, written to) DATA_DIR.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { readFileIfExists, writeFileDurably } from '../../fs/durable.ts';
import { SAMPLE_DAY_FILE, SampleDay, STORE_CREATED_FILE, StoreCreated } from '../../sample/sample-day.ts';
import { daysBetween } from '../../text/dates.ts';

export interface SampleShiftOptions {
  /** The sample's folder; its `sample-day.json`, if any, says the day the sample was written for. */
  contentDir?: string;
  /** Instead of reading `sample-day.json`: the day in-memory seed documents were written for. */
  sampleDay?: string;
  /** DATA_DIR, or null for a store that lives only in memory (it begins afresh, today, every time). */
  dataDir: string | null;
  /** Today, YYYY-MM-DD, by the portal's clock. */
  today: string;
}

/** Parse one of the small JSON records, naming the file in the error. */
function parseRecord<T>(bytes: Buffer, file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.map(String).join('.') || 'the file'} ${issue.message}`);
  }
  return parsed.data;
}

/** The day a generated sample in `contentDir` was written for, or undefined for content that is not one. */
export async function sampleWrittenFor(contentDir: string): Promise<string | undefined> {
  const file = join(contentDir, SAMPLE_DAY_FILE);
  const bytes = await readFileIfExists(file);
  return bytes ? parseRecord(bytes, file, SampleDay).writtenFor : undefined;
}

/**
 * The days by which to move the sample's dates (0 for content that is not a generated sample). The day the store was
 * created is recorded the first time, so every later start moves the sample by the same amount: the story stays as it
 * was on that day, and a document edited since (kept in the journal with its real dates) is never moved again.
 */
export async function sampleShift(options: SampleShiftOptions): Promise<number> {
  const writtenFor = options.sampleDay ?? (options.contentDir === undefined ? undefined : await sampleWrittenFor(options.contentDir));
  if (writtenFor === undefined) return 0;
  if (options.dataDir === null) return daysBetween(writtenFor, options.today);

  const file = join(options.dataDir, STORE_CREATED_FILE);
  const bytes = await readFileIfExists(file);
  if (bytes) return daysBetween(writtenFor, parseRecord(bytes, file, StoreCreated).createdOn);

  // A store whose journals predate this record was made from the sample unmoved: it keeps the dates it has shown.
  const existing = await readdir(options.dataDir).catch(() => [] as string[]);
  const createdOn = existing.some((name) => name.endsWith('.journal')) ? writtenFor : options.today;
  await mkdir(options.dataDir, { recursive: true });
  await writeFileDurably(file, `${JSON.stringify({ createdOn } satisfies StoreCreated, null, 2)}\n`);
  return daysBetween(writtenFor, createdOn);
}
