// The comms team publishes a change to a service; the deploy step (npm run rebuild) rebuilds the prerendered pages and
// swaps them in under the running server, which then serves the new page without a restart.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { requestRebuild, readRebuildRequest } from '../../src/webhooks/rebuild.ts';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.mjs';

const root = resolve(import.meta.dirname, '../..');
const PORT = 4398;
const BASE = `http://localhost:${PORT}`;

test.describe.configure({ timeout: 180_000 });

let scratch: string;
let server: ChildProcess | undefined;

test.beforeAll(() => {
  // Inside the project (.data is ignored by git), so the built server still finds node_modules.
  mkdirSync(join(root, '.data'), { recursive: true });
  scratch = mkdtempSync(join(root, '.data', 'rebuild-e2e-'));
  // A copy of the tested build and of the content, so the test can change both freely.
  cpSync(resolve(root, process.env.BUILD_DIR || 'dist'), join(scratch, 'dist'), { recursive: true });
  cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true, filter: (src) => !src.includes('generator') });
});

test.afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

const env = () => ({
  ...process.env,
  BUILD_DIR: join(scratch, 'dist'),
  CONTENT_DIR: join(scratch, 'content'),
  DATA_DIR: join(scratch, 'data'),
  PORT: String(PORT),
  HOST: 'localhost',
});

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.ts'], { cwd: root, env: env(), stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${BASE}/brand.css`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200);
  return child;
}

const title = async (path: string) => (await (await fetch(`${BASE}${path}`)).text()).match(/<h1[^>]*>([^<]*)</)?.[1]?.trim();

test('a renamed service shows its new name after the rebuild, with the server still running', async () => {
  server = await startServer();
  expect(await title('/services/speech-and-language-therapy/')).toMatch(/^Children(&#39;|')s speech and language therapy$/);

  // What publishing in the Studio amounts to: new content, and the webhook's "rebuild requested" marker.
  const sample = join(scratch, 'content', 'sample.ndjson');
  writeFileSync(sample, readFileSync(sample, 'utf8').replace('"title":"Children\'s speech and language therapy"', '"title":"Speech and language therapy for children"'));
  await requestRebuild(join(scratch, 'data'), { paths: ['/services/speech-and-language-therapy/'], caches: ['catalogue'], rebuild: true }, 'service-speech-and-language-therapy', new Date());

  const result = spawnSync(process.execPath, ['scripts/rebuild.ts', '--now'], { cwd: root, env: env(), encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain('Rebuilt and swapped');

  expect(await title('/services/speech-and-language-therapy/')).toBe('Speech and language therapy for children');
  // The stylesheet the pages link to is still there, and the request has been dealt with.
  const css = (await (await fetch(`${BASE}/services/speech-and-language-therapy/`)).text()).match(/href="(\/_astro\/[^"]+\.css)"/)?.[1];
  expect((await fetch(`${BASE}${css}`)).status).toBe(200);
  expect(await readRebuildRequest(join(scratch, 'data'))).toBeUndefined();

  const again = spawnSync(process.execPath, ['scripts/rebuild.ts', '--now'], { cwd: root, env: env(), encoding: 'utf8' });
  expect(again.stdout).toContain('Nothing to rebuild');
});
