// A sliding-window limiter for mutation requests: Sanity allows 25 a second per client IP and answers 429 beyond.

/** The window is a little over a second: requests can arrive closer together than they left, and timers fire early. */
const WINDOW_MS = 1100;

export class RateLimiter {
  readonly perSecond: number;
  #starts: number[] = [];
  #pausedUntil = 0;
  #now: () => number;

  constructor(perSecond: number, now: () => number = Date.now) {
    this.perSecond = perSecond;
    this.#now = now;
  }

  /** Milliseconds until a request may start (0: now). */
  delay(): number {
    const now = this.#now();
    while (this.#starts.length && this.#starts[0]! <= now - WINDOW_MS) this.#starts.shift();
    const windowWait = this.#starts.length >= this.perSecond ? this.#starts[0]! + WINDOW_MS - now : 0;
    return Math.max(windowWait, this.#pausedUntil - now, 0);
  }

  /** Record that a request starts now. */
  take(): void {
    this.#starts.push(this.#now());
  }

  /** After a 429, every request waits: the limit is per client, not per request. */
  pauseFor(ms: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, this.#now() + ms);
  }
}
