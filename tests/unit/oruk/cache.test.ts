import { describe, expect, it } from 'vitest';
import { cached } from '../../../src/oruk/cache.ts';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('a value kept for a while', () => {
  it('loads once, then answers from memory until the TTL passes', async () => {
    const c = clock();
    let loads = 0;
    const value = cached(async () => ++loads, 60_000, { now: c.now });
    const [a, b] = await Promise.all([value.get(), value.get()]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    c.advance(59_999);
    expect(await value.get()).toBe(1);
    expect(loads).toBe(1);
  });

  it('serves the stale value while one background reload runs', async () => {
    const c = clock();
    let loads = 0;
    let release: () => void = () => {};
    const value = cached(
      () => (++loads === 1 ? Promise.resolve(1) : new Promise<number>((r) => (release = () => r(loads)))),
      60_000,
      { now: c.now },
    );
    await value.get();
    c.advance(60_000);
    expect(await value.get()).toBe(1);
    expect(await value.get()).toBe(1);
    expect(loads).toBe(2);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(await value.get()).toBe(2);
  });

  it('keeps the stale value when a reload fails, and tries again a TTL later', async () => {
    const c = clock();
    let loads = 0;
    const value = cached(async () => {
      loads++;
      if (loads === 2) throw new Error('store down');
      return loads;
    }, 1000, { now: c.now });
    await value.get();
    c.advance(1000);
    expect(await value.get()).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(await value.get()).toBe(1);
    expect(loads).toBe(2);
    c.advance(1000);
    await value.get();
    await new Promise((r) => setTimeout(r, 0));
    expect(await value.get()).toBe(3);
  });

  it('lets the first request see a failed load, and the next one retry', async () => {
    let loads = 0;
    const value = cached(async () => {
      if (++loads === 1) throw new Error('store down');
      return 'ok';
    }, 1000);
    await expect(value.get()).rejects.toThrow('store down');
    expect(await value.get()).toBe('ok');
  });

  it('keeps the value another TTL without reloading when nothing has changed', async () => {
    const c = clock();
    let loads = 0;
    let checks = 0;
    let changed = false;
    const value = cached(async () => ({ n: ++loads }), 1000, {
      now: c.now,
      unchanged: async () => (checks++, !changed),
    });
    await value.get();
    c.advance(1000);
    await value.get();
    await new Promise((r) => setTimeout(r, 0));
    expect([loads, checks]).toEqual([1, 1]);
    c.advance(999);
    await value.get();
    expect(checks).toBe(1);
    c.advance(1);
    changed = true;
    await value.get();
    await new Promise((r) => setTimeout(r, 0));
    expect((await value.get()).n).toBe(2);
    expect(checks).toBe(2);
  });

  it('forgets on clear', async () => {
    let loads = 0;
    const value = cached(async () => ++loads, 60_000);
    await value.get();
    value.clear();
    expect(await value.get()).toBe(2);
  });
});
