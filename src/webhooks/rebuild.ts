// "The static pages are out of date": a durable marker file under DATA_DIR that a deploy step reads, rebuilds from
// and removes. Building in the serving process would replace the files it is serving mid-request; a separate step
// (a cron job, a systemd path unit or CI) builds into a fresh folder and swaps it in. Many publishes in a row merge
// into one marker, so they cost one build.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { mergeEffects, type Effect } from './payload.ts';

export const MARKER_NAME = 'rebuild-requested.json';

export const RebuildRequest = z.object({
  /** When the first change not yet built arrived. */
  since: z.string(),
  /** When the latest one arrived: wait until this is a little while ago before building, so a burst costs one build. */
  latest: z.string(),
  /** How many publish events the next build covers. */
  changes: z.number().int().min(1),
  /** Pages affected, for the log and for purging a CDN after the build. */
  paths: z.array(z.string()),
  documents: z.array(z.string()),
});
export type RebuildRequest = z.infer<typeof RebuildRequest>;

export function markerPath(dataDir: string): string {
  return join(dataDir, MARKER_NAME);
}

export async function readRebuildRequest(dataDir: string): Promise<RebuildRequest | undefined> {
  try {
    return RebuildRequest.parse(JSON.parse(await readFile(markerPath(dataDir), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // A damaged marker still means "rebuild": start a fresh one rather than lose the request.
    return { since: new Date(0).toISOString(), latest: new Date(0).toISOString(), changes: 1, paths: ['/*'], documents: [] };
  }
}

const MAX_DOCUMENTS = 200;
let queue: Promise<unknown> = Promise.resolve();

/** Merge a change into the marker; the write is atomic (temp file, fsync, rename), and calls are serialised. */
export function requestRebuild(dataDir: string, effect: Effect, documentId: string, now: Date): Promise<RebuildRequest> {
  const run = queue.then(async () => {
    const previous = await readRebuildRequest(dataDir);
    const merged = mergeEffects([effect, ...(previous ? [{ paths: previous.paths, caches: [], rebuild: true }] : [])]);
    const request: RebuildRequest = {
      since: previous?.since ?? now.toISOString(),
      latest: now.toISOString(),
      changes: (previous?.changes ?? 0) + 1,
      paths: merged.paths.sort(),
      documents: [...new Set([...(previous?.documents ?? []), documentId])].slice(-MAX_DOCUMENTS),
    };
    const file = markerPath(dataDir);
    await mkdir(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify(request, null, 2));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    return request;
  });
  queue = run.catch(() => undefined);
  return run;
}

export const IN_PROGRESS_NAME = 'rebuild-in-progress.json';

/**
 * For the deploy step: when the latest change is at least `quietMs` old (so a burst of publishes is built once), move
 * the marker aside atomically and return it. Changes published during the build start a new marker.
 */
export async function takeRebuildRequest(dataDir: string, now: Date, quietMs = 30_000): Promise<RebuildRequest | undefined> {
  const request = await readRebuildRequest(dataDir);
  if (!request || now.getTime() - Date.parse(request.latest) < quietMs) return undefined;
  try {
    await rename(markerPath(dataDir), join(dataDir, IN_PROGRESS_NAME));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return request;
}

/** After the build: done on success; on failure the request goes back into the marker so the next run retries it. */
export async function finishRebuild(dataDir: string, taken: RebuildRequest, succeeded: boolean, now: Date): Promise<void> {
  if (!succeeded) {
    await requestRebuild(dataDir, { paths: taken.paths, caches: [], rebuild: true }, taken.documents.at(-1) ?? '(retry)', now);
  }
  await rm(join(dataDir, IN_PROGRESS_NAME), { force: true });
}

export const LOCK_NAME = 'rebuild.lock';

export type RebuildLock = { release(): Promise<void> } | { heldBy: { pid: number; since: string } };

/** Whether a process with this id is running on this machine (a lock left by a crashed run is not held). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One rebuild at a time per DATA_DIR: a second run started while one builds (a build can outlast the cron minute)
 * would take the next request and delete the first's half-built folder. The lock is a file made with O_EXCL holding
 * the owner's pid; one whose owner has died is taken over.
 */
export async function acquireRebuildLock(dataDir: string, now: Date, pid = process.pid): Promise<RebuildLock> {
  const file = join(dataDir, LOCK_NAME);
  await mkdir(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(JSON.stringify({ pid, since: now.toISOString() }));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readFile(file, 'utf8')
      .then((text) => z.object({ pid: z.number().int(), since: z.string() }).parse(JSON.parse(text)))
      .catch(() => undefined);
    if (holder && running(holder.pid)) return { heldBy: holder };
    // Its owner has gone (or it is unreadable, as a crash mid-write leaves it): take it over.
    await rm(file, { force: true });
  }
  throw new Error(`${file}: could not take the rebuild lock; remove the file if no "npm run rebuild" is running`);
}
