import { afterEach, describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../src/store/local/index.ts';
import { buildDirectory, buildDirectoryGradually } from '../../../src/oruk/directory.ts';
import { isCurrent, loadDirectory } from '../../../src/oruk/load.ts';
import { orukId } from '../../../src/oruk/uuid.ts';
import { aProvider, aService, districts, site, terms } from './builders.ts';


let store: LocalStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function storeWith(docs: unknown[]): Promise<LocalStore> {
  let t = Date.parse('2026-06-01T00:00:00Z');
  store = await openLocalStore({ seed: { content: docs }, dataDir: null, now: () => new Date((t += 1000)) });
  return store;
}

describe('loading the directory from the store', () => {
  it('reads services, providers and terms with the bulk query', async () => {
    const s = await storeWith([aService(), aService({ _id: 'service-two', title: 'Two', slug: { _type: 'slug', current: 'two' } }), aProvider(), ...terms()]);
    const { directory } = await loadDirectory(s, { siteUrl: site.siteUrl, districts });
    expect(directory.issues).toEqual([]);
    expect(directory.services.map((x) => x.id)).toEqual([orukId('service-speech'), orukId('service-two')]);
    expect(directory.terms).toHaveLength(terms().length);
    // No siteSettings document: the area goes unnamed rather than wrong.
    expect(directory.site.areaName).toBe('the local area');
  });

  it('knows when the store has changed since it loaded: an edit, an addition or a deletion', async () => {
    const s = await storeWith([aService(), aProvider(), ...terms()]);
    const loaded = await loadDirectory(s, { siteUrl: site.siteUrl, districts });
    expect(await isCurrent(s, loaded)).toBe(true);

    await s.patch('service-speech', { set: { title: 'Speech therapy' } });
    expect(await isCurrent(s, loaded)).toBe(false);

    const again = await loadDirectory(s, { siteUrl: site.siteUrl, districts });
    expect(again.directory.services[0]!.name).toBe('Speech therapy');
    await s.create(aService({ _id: 'service-new', slug: { _type: 'slug', current: 'new' } }));
    expect(await isCurrent(s, again)).toBe(false);

    const third = await loadDirectory(s, { siteUrl: site.siteUrl, districts });
    await s.delete('service-new');
    expect(await isCurrent(s, third)).toBe(false);
  });
});

describe('building gradually', () => {
  it('gives the same directory as building at once', async () => {
    const source = { services: [aService(), aService({ _id: 'service-b', title: 'B', slug: { _type: 'slug', current: 'b' } })], providers: [aProvider()], terms: terms() };
    const gradual = await buildDirectoryGradually(source, site, districts, 1);
    const atOnce = buildDirectory(source, site, districts);
    expect(gradual.services.map((x) => x.summary)).toEqual(atOnce.services.map((x) => x.summary));
    expect(gradual.terms).toEqual(atOnce.terms);
  });
});
