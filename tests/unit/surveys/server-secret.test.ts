// The server secret: from SURVEY_SECRET when set, otherwise made once and kept in DATA_DIR.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadServerSecret, ServerSecretError } from '../../../src/surveys/index.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'survey-secret-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('the server secret', () => {
  it('comes from SURVEY_SECRET when it is set', () => {
    expect(loadServerSecret({ secret: 'x'.repeat(40), dataDir }).toString()).toBe('x'.repeat(40));
  });

  it('refuses a SURVEY_SECRET that is too short to be safe, naming the variable', () => {
    expect(() => loadServerSecret({ secret: 'short', dataDir })).toThrow(ServerSecretError);
    expect(() => loadServerSecret({ secret: 'short', dataDir })).toThrow(/^SURVEY_SECRET: must be at least 32 characters/);
  });

  it('is made once, readable only by its owner, and the same after a restart', async () => {
    const first = loadServerSecret({ dataDir: join(dataDir, 'nested') });
    const second = loadServerSecret({ dataDir: join(dataDir, 'nested') });
    expect(first.equals(second)).toBe(true);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, 'nested', 'survey-secret');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.toString());
  });

  it('says what to do when the kept secret is damaged', async () => {
    await writeFile(join(dataDir, 'survey-secret'), 'abc');
    expect(() => loadServerSecret({ dataDir })).toThrow(/delete it to make a new secret, or set SURVEY_SECRET/);
  });
});
