// Where the site's in-memory caches register a way to drop themselves, so a publish webhook can empty exactly the ones
// a change affects. A cache module calls `registerCache('catalogue', () => { cached = undefined })` once at load.
import type { CacheName } from './payload.ts';

const registry = new Map<CacheName, Set<() => void>>();

/** Register a cache's "forget everything" function; returns a function that unregisters it. */
export function registerCache(name: CacheName, clear: () => void): () => void {
  let set = registry.get(name);
  if (!set) registry.set(name, (set = new Set()));
  set.add(clear);
  return () => set.delete(clear);
}

export interface InvalidationReport {
  /** Caches dropped. */
  cleared: CacheName[];
  /** Caches the change affects that nothing has registered (not loaded yet in this process, or not wired up). */
  notRegistered: CacheName[];
}

export function invalidateCaches(names: readonly CacheName[]): InvalidationReport {
  const report: InvalidationReport = { cleared: [], notRegistered: [] };
  for (const name of new Set(names)) {
    const clears = registry.get(name);
    if (!clears?.size) {
      report.notRegistered.push(name);
      continue;
    }
    for (const clear of clears) clear();
    report.cleared.push(name);
  }
  return report;
}
