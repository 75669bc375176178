// The "rebuild requested" marker: durable, merged across publishes, taken by the deploy step once things are quiet.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { affectedBy } from '../../../src/webhooks/payload.ts';
import { spawnSync } from 'node:child_process';
import { acquireRebuildLock, finishRebuild, LOCK_NAME, markerPath, readRebuildRequest, requestRebuild, takeRebuildRequest } from '../../../src/webhooks/rebuild.ts';

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

describe('one rebuild at a time', () => {
  it('lets a second run see the first holding the lock, and takes the lock once it is released', async () => {
    const dir = dataDir();
    const first = await acquireRebuildLock(dir, t(0));
    expect('release' in first).toBe(true);
    const second = await acquireRebuildLock(dir, t(5));
    expect(second).toEqual({ heldBy: { pid: process.pid, since: t(0).toISOString() } });
    if ('release' in first) await first.release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    const third = await acquireRebuildLock(dir, t(10));
    expect('release' in third).toBe(true);
  });

  it('takes over a lock whose process has died, or that a crash left half-written', async () => {
    const dir = dataDir();
    // A process id that has finished: a child that has exited.
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: gone, since: t(0).toISOString() }));
    expect('release' in (await acquireRebuildLock(dir, t(1)))).toBe(true);
    writeFileSync(join(dir, LOCK_NAME), '{"pid": 12');
    const taken = await acquireRebuildLock(dir, t(2));
    expect('release' in taken).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), 'utf8'))).toEqual({ pid: process.pid, since: t(2).toISOString() });
  });

  it('npm run rebuild leaves the request alone while another rebuild holds the lock', async () => {
    const dir = dataDir();
    await requestRebuild(dir, affectedBy({ _id: 'g1', _type: 'guide', slug: 'one' }), 'g1', new Date(Date.now() - 60_000));
    const held = await acquireRebuildLock(dir, t(0));
    const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../../scripts/rebuild.ts'), '--now'], {
      env: { ...process.env, DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Another rebuild has been running since ${t(0).toISOString()} (process ${process.pid}): leaving any new request for the next run.\n`);
    expect(await readRebuildRequest(dir)).toMatchObject({ changes: 1, documents: ['g1'] });
    if ('release' in held) await held.release();
  });
});
