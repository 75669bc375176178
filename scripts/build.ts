// Builds the site (prerendered pages and the server) unless the last build is of the same inputs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clockFor, todayBy } from '../src/clock/clock.ts';
import { loadConfigOrExit, root, runNode, seconds } from './lib.ts';

const buildDir = () => resolve(root, process.env.BUILD_DIR || 'dist');
const STAMP_NAME = '.build-inputs';
const INPUTS = ['site', 'src', 'content', 'astro.config.mjs', 'package-lock.json'];
const ENV_INPUTS = ['SITE_URL', 'SANITY_PROJECT_ID', 'SANITY_DATASET', 'CONTENT_DIR', 'BUILD_DIR', 'DATA_DIR'];

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isFile()) yield path;
  else if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) {
    if (entry === 'generated' || entry.startsWith('.')) continue;
    yield* files(join(path, entry));
  }
}

/**
 * A fingerprint of what the build reads: file names, sizes and modification times, the variables that matter, and
 * the day (prerendered pages say which services are due for review, and the store places the sample by the day).
 */
function inputsFingerprint(contentDir: string, today: string): string {
  const hash = createHash('sha256');
  hash.update(`today=${today}\n`);
  for (const input of [...INPUTS, contentDir]) {
    for (const file of files(join(root, input))) {
      const s = statSync(file);
      hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  for (const name of ENV_INPUTS) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  return hash.digest('hex');
}

export async function build({ force = false } = {}): Promise<void> {
  const config = loadConfigOrExit();
  // In Sanity mode the content lives in Sanity, so a build is always needed to pick up what was published.
  const fingerprint = config.sanity ? undefined : inputsFingerprint(config.contentDir, todayBy(clockFor(config)));
  const stamp = join(buildDir(), STAMP_NAME);
  if (!force && fingerprint && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    console.log('The built site is up to date.');
    return;
  }
  const started = performance.now();
  console.log('Building the site …');
  const code = await runNode(join(root, 'node_modules/astro/bin/astro.mjs'), ['build']);
  if (code !== 0) {
    console.error('The build failed: see the messages above.');
    process.exit(code);
  }
  if (fingerprint) writeFileSync(stamp, fingerprint);
  console.log(`Built in ${seconds(started)}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await build({ force: process.argv.includes('--force') });
}
