// npm run rebuild: the deploy step behind "Publish" in the Studio. The webhook leaves a "rebuild requested" marker in
// DATA_DIR (src/webhooks/rebuild.ts); this builds the site afresh into a side folder and swaps its prerendered pages in
// under the running server, which serves them from disk, so no restart is needed. Run it every minute or so (a cron
// job or a systemd timer; see README "Deployment"). `--now` builds without waiting for publishing to go quiet;
// `--always` rebuilds even when nothing was published (run it nightly).
// Content only: a new release of the code is deployed with `npm run build` and a restart.
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { acquireRebuildLock, finishRebuild, requestRebuild, takeRebuildRequest } from '../src/webhooks/rebuild.ts';
import { loadConfigOrExit, root, runNode, seconds } from './lib.ts';

const QUIET_MS = 30_000;

/** Hashed assets the pages already in browsers (and on-demand pages from the running server) still link to. */
function keepOldAssets(fromClient: string, toClient: string): void {
  const assets = join(fromClient, '_astro');
  if (!existsSync(assets)) return;
  for (const name of readdirSync(assets)) {
    const target = join(toClient, '_astro', name);
    if (!existsSync(target)) cpSync(join(assets, name), target);
  }
}

function swapClient(current: string, next: string): void {
  const live = join(current, 'client');
  const previous = join(current, 'client-previous');
  rmSync(previous, { recursive: true, force: true });
  // Two renames: the gap without a client folder is a few microseconds, and both folders stay whole throughout.
  if (existsSync(live)) renameSync(live, previous);
  renameSync(join(next, 'client'), live);
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const lock = await acquireRebuildLock(config.dataDir, new Date());
  if ('heldBy' in lock) {
    console.log(`Another rebuild has been running since ${lock.heldBy.since} (process ${lock.heldBy.pid}): leaving any new request for the next run.`);
    return;
  }
  try {
    await rebuild(config);
  } finally {
    await lock.release();
  }
}

async function rebuild(config: ReturnType<typeof loadConfigOrExit>): Promise<void> {
  const current = resolve(root, process.env.BUILD_DIR || 'dist');
  const always = process.argv.includes('--always');
  // Nightly, so dates such as "due for review" move on even when nothing was published.
  if (always) await requestRebuild(config.dataDir, { paths: ['/*'], caches: [], rebuild: true }, '(scheduled)', new Date());
  const now = always || process.argv.includes('--now');
  const request = await takeRebuildRequest(config.dataDir, new Date(), now ? 0 : QUIET_MS);
  if (!request) {
    console.log('Nothing to rebuild: no change has been published since the last build (or publishing is still going on).');
    return;
  }
  console.log(`Rebuilding for ${request.changes} published change${request.changes === 1 ? '' : 's'} since ${request.since} …`);
  const next = `${current}-next`;
  rmSync(next, { recursive: true, force: true });
  const started = performance.now();
  const code = await runNode(join(root, 'scripts/build.ts'), ['--force'], { ...process.env, BUILD_DIR: next });
  if (code !== 0) {
    await finishRebuild(config.dataDir, request, false, new Date());
    console.error('The rebuild failed; the site keeps serving the previous pages and the next run tries again.');
    process.exitCode = 1;
    return;
  }
  keepOldAssets(join(current, 'client'), join(next, 'client'));
  // Only the pages and assets: the running server's code stays as it is. (A new release of the code is deployed
  // with `npm run build` and a restart instead; its server bundle also names its own folder, so cannot move.)
  swapClient(current, next);
  rmSync(next, { recursive: true, force: true });
  await finishRebuild(config.dataDir, request, true, new Date());
  console.log(`Rebuilt and swapped in ${seconds(started)}: ${request.paths.join(', ')}`);
}

await main();
