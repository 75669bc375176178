// The Studio builds offline into static files the site serves at /studio: `sanity build` through the site's own
// build script (studio/build-for-site.ts), for a configured project, with no token or secret in what it writes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUMMY_PROJECT_ID } from '../../studio/env.ts';
import { BUILD_INFO_NAME, inlineScriptHashes, serveStudio, studioState } from '../../src/studio-logic/hosting.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const studioDir = join(root, 'studio');
const outDir = mkdtempSync(join(tmpdir(), 'studio-build-'));
const SECRETS = { SANITY_API_READ_TOKEN: 'skReadTokenMustNotLeak', SANITY_API_WRITE_TOKEN: 'skWriteTokenMustNotLeak', SANITY_WEBHOOK_SECRET: 'webhookSecretMustNotLeak', SANITY_PREVIEW_SECRET: 'previewSecretMustNotLeak' };
const target = { projectId: 'contract1', dataset: 'production', feedbackDataset: 'feedback' };

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

let build: { code: number | null; output: string; seconds: string };

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DO_NOT_TRACK: '1',
    STUDIO_DIST_DIR: outDir,
    SANITY_PROJECT_ID: target.projectId,
    SANITY_DATASET: target.dataset,
    SANITY_FEEDBACK_DATASET: target.feedbackDataset,
    ...SECRETS,
  };
  const started = performance.now();
  const result = await run([join(root, 'studio/build-for-site.ts')], env);
  build = { ...result, seconds: ((performance.now() - started) / 1000).toFixed(1) };
  console.info(`studio/build-for-site.ts (sanity build) took ${build.seconds} s`);
}, 240_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the Studio build', () => {
  it('declares in studio/package.json only what the Sanity CLI requires, at the root\'s versions', () => {
    // The CLI reads studio/package.json and insists styled-components is declared; packages install at the root.
    const studio = JSON.parse(readFileSync(join(studioDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries(studio.dependencies ?? {})) expect(version, name).toBe(rootPkg.dependencies[name]);
    expect(existsSync(join(studioDir, 'node_modules')), 'studio/node_modules should not exist').toBe(false);
  });

  it('uses the clearly-dummy project when none is configured', () => {
    expect(DUMMY_PROJECT_ID).toBe('dummy-offline-project');
  });

  it('builds offline for the configured project, under /studio, with our schema, tools and actions', () => {
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('id="sanity"');
    expect(html).toMatch(/<script src="\/studio\/static\/sanity-[^"]+\.js"/);
    const bundle = readdirSync(join(outDir, 'static'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outDir, 'static', f), 'utf8'))
      .join('\n');
    expect(bundle).toContain(target.projectId);
    expect(bundle).not.toContain(DUMMY_PROJECT_ID);
    for (const text of ['schedule2Answers', 'Mark as reviewed today', 'Approve as public quote', 'Draft a You said, we did', 'Add progress update', 'Evidence from surveys']) {
      expect(bundle, text).toContain(text);
    }
  });

  it('writes no token or secret anywhere, and records only what it was built for', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    for (const file of files(outDir)) {
      const text = readFileSync(file, 'latin1');
      for (const secret of Object.values(SECRETS)) expect(text.includes(secret), `${file} contains ${secret}`).toBe(false);
    }
    const info = JSON.parse(readFileSync(join(outDir, BUILD_INFO_NAME), 'utf8'));
    expect(Object.keys(info).sort()).toEqual(['basePath', 'builtAt', 'dataset', 'feedbackDataset', 'projectId']);
    expect(info).toMatchObject({ ...target, basePath: '/studio' });
  });
});

describe('serving the built Studio at /studio', () => {
  it('is ready only for the project it was built for', async () => {
    expect(await studioState(target, outDir)).toMatchObject({ kind: 'ready' });
    expect(await studioState({ ...target, projectId: 'another' }, outDir)).toMatchObject({ kind: 'other-project' });
    expect(await studioState(undefined, outDir)).toEqual({ kind: 'not-configured' });
    expect(await studioState(target, join(outDir, 'nothing-here'))).toMatchObject({ kind: 'not-built' });
  });

  it('answers the app\'s own routes with index.html, its inline script allowed by hash, favicons inside /studio', async () => {
    for (const path of [undefined, 'content/structure/service']) {
      const response = await serveStudio(outDir, path, null);
      expect(response.status).toBe(200);
      const html = await response.text();
      const csp = response.headers.get('content-security-policy')!;
      for (const hash of inlineScriptHashes(html)) expect(csp).toContain(hash);
      expect(csp).not.toContain("'unsafe-inline' https://core"); // scripts by hash, not unsafe-inline
      expect(csp).toContain("frame-ancestors 'self'");
      expect(html).not.toMatch(/href="\/static\//);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed files gzipped and cacheable for a year', async () => {
    const js = readdirSync(join(outDir, 'static')).find((f) => /^sanity-.*\.js$/.test(f))!;
    const response = await serveStudio(outDir, `static/${js}`, 'gzip, br');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    expect(body).toBe(readFileSync(join(outDir, 'static', js), 'utf8'));
  });

  it.each(['static/nope.js', 'static/../studio-build.json', 'studio-build.json', '../package.json', 'static/%2e%2e/index.html'])('answers %s with 404', async (path) => {
    expect((await serveStudio(outDir, path, null)).status).toBe(404);
  });
});
