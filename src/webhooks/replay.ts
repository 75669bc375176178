// Remembers the signatures already accepted, for as long as they could still pass the freshness check, so a captured
// request sent again is refused. In memory, per server process: enough for one Node server; behind a load balancer a
// replay could reach another instance, where it would only repeat an idempotent cache drop and rebuild request.
import { MAX_AGE_MS } from './signature.ts';

export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  private readonly maxAgeMs: number;
  /** A bound on memory whatever happens: the oldest are forgotten first (they would soon be stale anyway). */
  private readonly maxEntries: number;

  constructor(maxAgeMs = MAX_AGE_MS, maxEntries = 10_000) {
    this.maxAgeMs = maxAgeMs;
    this.maxEntries = maxEntries;
  }

  /** Record a signature; false when it was already recorded (a replay). */
  claim(signature: string, timestamp: number, now: number): boolean {
    this.prune(now);
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, timestamp + this.maxAgeMs * 2);
    while (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }

  /** Forget a signature whose request failed, so Sanity's retry of it is accepted. */
  release(signature: string): void {
    this.seen.delete(signature);
  }

  get size(): number {
    return this.seen.size;
  }

  private prune(now: number): void {
    for (const [signature, forgetAt] of this.seen) if (forgetAt < now) this.seen.delete(signature);
  }
}
