// Load the ORUK directory from the content store and the postcode districts table: one bulk query per load, and a
// tiny fingerprint query to tell whether a reload is needed at all.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PostcodeDistricts, type PostcodeDistrict } from '../local-offer/postcode.ts';
import { orukSourceQuery, orukVersionQuery } from '../queries/oruk.ts';
import { runQuery } from '../queries/define.ts';
import type { ContentStore } from '../store/port.ts';
import { buildDirectoryGradually, type Directory } from './directory.ts';

export async function readDistricts(contentDir: string): Promise<PostcodeDistrict[]> {
  const file = join(contentDir, 'postcode-districts.json');
  return PostcodeDistricts.parse(JSON.parse(await readFile(file, 'utf8')));
}

export interface LoadOptions {
  siteUrl: string;
  districts: readonly PostcodeDistrict[];
}

export interface LoadedDirectory {
  directory: Directory;
  /** The content's fingerprint when it was read (see orukVersionQuery). */
  version: string;
}

export async function contentVersion(store: ContentStore): Promise<string> {
  const v = await runQuery(store, orukVersionQuery);
  return `${v.count}@${v.latest ?? ''}`;
}

export async function loadDirectory(store: ContentStore, options: LoadOptions): Promise<LoadedDirectory> {
  // The fingerprint first: a change made during the load shows as a newer fingerprint next time, never as a missed one.
  const version = await contentVersion(store);
  const source = await runQuery(store, orukSourceQuery);
  const site = { siteUrl: options.siteUrl, areaName: source.areaName ?? 'the local area' };
  return { directory: await buildDirectoryGradually(source, site, options.districts), version };
}

/** True when the store holds what the loaded directory was built from. */
export async function isCurrent(store: ContentStore, loaded: LoadedDirectory): Promise<boolean> {
  return (await contentVersion(store)) === loaded.version;
}
