// A value loaded once and kept for a while: requests are answered from memory, and a stale copy is refreshed in the
// background so no request waits on a reload. A cheap "has anything changed?" check can spare the reload itself.
export interface CachedValue<T> {
  get(): Promise<T>;
  /** Forget the value (tests, or after a publish webhook). */
  clear(): void;
}

export interface CacheOptions<T> {
  now?: () => number;
  /** Asked once the TTL has passed: resolve true to keep the value for another TTL without reloading it. */
  unchanged?: (value: T) => Promise<boolean>;
}

export function cached<T>(load: () => Promise<T>, ttlMs: number, options: CacheOptions<T> = {}): CachedValue<T> {
  const now = options.now ?? Date.now;
  let current: { value: T; loadedAt: number } | undefined;
  let pending: Promise<T> | undefined;

  const reload = (): Promise<T> =>
    load().then((value) => {
      current = { value, loadedAt: now() };
      return value;
    });

  const refresh = async (): Promise<T> => {
    const held = current;
    if (held && options.unchanged && (await options.unchanged(held.value))) {
      held.loadedAt = now();
      return held.value;
    }
    return reload();
  };

  const once = (work: () => Promise<T>): Promise<T> => {
    pending ??= work().finally(() => {
      pending = undefined;
    });
    return pending;
  };

  return {
    get() {
      if (!current) return once(reload);
      if (now() - current.loadedAt >= ttlMs && !pending) {
        // Keep serving the stale copy if the refresh fails; the next request after the TTL tries again.
        const stale = current;
        once(refresh).catch(() => {
          stale.loadedAt = now();
        });
      }
      return Promise.resolve(current.value);
    },
    clear() {
      current = undefined;
    },
  };
}
