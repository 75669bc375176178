// The day a generated sample was written for, from its sample-day.json (decision 006).
import { join } from 'node:path';
import type { z } from 'zod';
import { readFileIfExists } from '../../fs/durable.ts';
import { SAMPLE_DAY_FILE, SampleDay } from '../../sample/sample-day.ts';

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
