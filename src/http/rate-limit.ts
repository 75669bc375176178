// Per-client rate limiting with token buckets, kept in memory only: a hashed client key, never an IP address at rest.
import { createHash } from 'node:crypto';

export interface RateLimitRule {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Tokens restored per second. */
  refillPerSecond: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

export interface RateLimiter {
  /** True when the request may go ahead; false when the client must wait. */
  take(clientKey: string, now?: number): boolean;
  /** Seconds until one more request would be allowed. */
  retryAfter(clientKey: string, now?: number): number;
}

export function createRateLimiter(rule: RateLimitRule, maxClients = 50_000): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const refill = (key: string, now: number): Bucket => {
    const b = buckets.get(key) ?? { tokens: rule.capacity, updated: now };
    b.tokens = Math.min(rule.capacity, b.tokens + ((now - b.updated) / 1000) * rule.refillPerSecond);
    b.updated = now;
    // Re-insert so the Map's order is least-recently-used first, for eviction.
    buckets.delete(key);
    buckets.set(key, b);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
    return b;
  };
  return {
    take(key, now = Date.now()) {
      const b = refill(key, now);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
    retryAfter(key, now = Date.now()) {
      const b = refill(key, now);
      return b.tokens >= 1 ? 0 : Math.ceil((1 - b.tokens) / rule.refillPerSecond);
    },
  };
}

/** A client key from its address, hashed with a per-process salt so it cannot be turned back into an address. */
const salt = createHash('sha256').update(`${process.pid}:${Date.now()}:${Math.random()}`).digest('hex');
export function clientKey(address: string): string {
  return createHash('sha256').update(salt).update(address).digest('hex').slice(0, 32);
}
