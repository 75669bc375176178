// The "rebuild requested" marker: durable, merged across publishes, taken by the deploy step once things are quiet.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { affectedBy } from '../../../src/webhooks/payload.ts';
import { finishRebuild, markerPath, readRebuildRequest, requestRebuild, takeRebuildRequest } from '../../../src/webhooks/rebuild.ts';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rebuild-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const t = (s: number) => new Date(Date.UTC(2026, 10, 23, 10, 0, s));

describe('requesting a rebuild', () => {
  it('writes a marker that merges several publishes into one request', async () => {
    const dir = dataDir();
    await requestRebuild(dir, affectedBy({ _id: 'g1', _type: 'guide', slug: 'one' }), 'g1', t(0));
    await requestRebuild(dir, affectedBy({ _id: 'g2', _type: 'guide', slug: 'two' }), 'g2', t(5));
    const marker = JSON.parse(readFileSync(markerPath(dir), 'utf8'));
    expect(marker).toMatchObject({ since: t(0).toISOString(), latest: t(5).toISOString(), changes: 2, documents: ['g1', 'g2'] });
    expect(marker.paths).toEqual(expect.arrayContaining(['/guides/one/', '/guides/two/', '/guides/']));
  });

  it('serialises concurrent requests so none is lost', async () => {
    const dir = dataDir();
    await Promise.all(Array.from({ length: 20 }, (_, i) => requestRebuild(dir, affectedBy({ _id: `s${i}`, _type: 'service', slug: `s${i}` }), `s${i}`, t(i))));
    expect((await readRebuildRequest(dir))?.changes).toBe(20);
  });

  it('treats a damaged marker as "rebuild everything"', async () => {
    const dir = dataDir();
    writeFileSync(markerPath(dir), '{ half a');
    expect(await readRebuildRequest(dir)).toMatchObject({ paths: ['/*'] });
  });
});

describe('the deploy step', () => {
  it('waits until publishing has been quiet for a while, then takes the request; new publishes start a new one', async () => {
    const dir = dataDir();
    await requestRebuild(dir, affectedBy({ _id: 'g1', _type: 'guide', slug: 'one' }), 'g1', t(0));
    expect(await takeRebuildRequest(dir, t(10), 30_000)).toBeUndefined();
    const taken = await takeRebuildRequest(dir, t(31), 30_000);
    expect(taken?.documents).toEqual(['g1']);
    expect(existsSync(markerPath(dir))).toBe(false);
    await requestRebuild(dir, affectedBy({ _id: 'g2', _type: 'guide', slug: 'two' }), 'g2', t(40));
    await finishRebuild(dir, taken!, true, t(50));
    expect((await readRebuildRequest(dir))?.documents).toEqual(['g2']);
  });

  it('puts a failed build\'s request back so the next run retries it', async () => {
    const dir = dataDir();
    await requestRebuild(dir, affectedBy({ _id: 'g1', _type: 'guide', slug: 'one' }), 'g1', t(0));
    const taken = (await takeRebuildRequest(dir, t(60), 30_000))!;
    await finishRebuild(dir, taken, false, t(70));
    expect((await readRebuildRequest(dir))?.paths).toEqual(expect.arrayContaining(['/guides/one/']));
  });
});
