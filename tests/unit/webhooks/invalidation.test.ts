// Caches register a way to drop themselves; a webhook drops the ones a change affects and says which it could not.
import { describe, expect, it } from 'vitest';
import { invalidateCaches, registerCache } from '../../../src/webhooks/invalidation.ts';

describe('cache invalidation', () => {
  it('calls every registered clear function for the named caches, once', () => {
    let catalogue = 0;
    let search = 0;
    const off = [registerCache('catalogue', () => catalogue++), registerCache('search', () => search++)];
    expect(invalidateCaches(['catalogue', 'catalogue', 'glossary'])).toEqual({ cleared: ['catalogue'], notRegistered: ['glossary'] });
    expect([catalogue, search]).toEqual([1, 0]);
    off.forEach((f) => f());
    expect(invalidateCaches(['catalogue'])).toEqual({ cleared: [], notRegistered: ['catalogue'] });
  });
});
