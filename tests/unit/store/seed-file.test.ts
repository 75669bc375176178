// Seed NDJSON files: every bad line is reported by file, line and the zod message; datasets stay apart.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, SeedFileError } from '../../../src/store/local/index.ts';
import { aCategory, aService, aSurveyResponse } from './fixtures.ts';

const lines = (...docs: unknown[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';

describe('seed files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'store-seed-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('loads both files, skipping blank lines, and stamps seed documents the same way on every start', async () => {
    await writeFile(join(dir, 'sample.ndjson'), lines(aCategory()) + '\n' + lines(aService()));
    await writeFile(join(dir, 'feedback.ndjson'), lines(aSurveyResponse()));
    const a = await openLocalStore({ contentDir: dir, dataDir: null });
    const b = await openLocalStore({ contentDir: dir, dataDir: null });
    expect(a.stats().documents).toEqual({ content: 2, feedback: 1 });
    expect(await a.getDocument('service-speech')).toEqual(await b.getDocument('service-speech'));
    await Promise.all([a.close(), b.close()]);
  });

  it('names the file, the line and the failing field', async () => {
    await writeFile(join(dir, 'sample.ndjson'), lines(aCategory(), { ...aService(), ageRange: { min: 12, max: 3 } }));
    const error = await openLocalStore({ contentDir: dir, dataDir: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedFileError);
    expect((error as Error).message).toBe(
      `${join(dir, 'sample.ndjson')}:2: service "service-speech" is invalid: ageRange.max: the youngest age must not be above the oldest`,
    );
  });

  it('reports broken JSON, duplicate ids and a type in the wrong dataset', async () => {
    const open = () => openLocalStore({ contentDir: dir, dataDir: null });
    await writeFile(join(dir, 'sample.ndjson'), lines(aCategory()) + '{"_id": \n');
    await expect(open()).rejects.toThrow(/sample\.ndjson:2: not valid JSON/);
    await writeFile(join(dir, 'sample.ndjson'), lines(aCategory(), aCategory()));
    await expect(open()).rejects.toThrow(/sample\.ndjson:2: duplicate _id "cat-therapy"/);
    await writeFile(join(dir, 'sample.ndjson'), lines(aSurveyResponse()));
    await expect(open()).rejects.toThrow(/sample\.ndjson:1: a surveyResponse belongs in the feedback dataset, not content/);
  });

  it('treats missing files as empty datasets, but a missing folder as a mistake', async () => {
    const store = await openLocalStore({ contentDir: dir, dataDir: null });
    expect(store.stats().documents).toEqual({ content: 0, feedback: 0 });
    await store.close();
    await expect(openLocalStore({ contentDir: join(dir, 'nope'), dataDir: null })).rejects.toThrow(/content folder .* does not exist/);
  });
});
