// `sanity build` turns the Studio into a static site offline, with the dummy project id, from the root's packages.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DUMMY_PROJECT_ID } from '../../studio/env.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const studioDir = join(root, 'studio');
const outDir = mkdtempSync(join(tmpdir(), 'studio-build-'));

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: studioDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the Studio build', () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('declares in studio/package.json only what the Sanity CLI requires, at the root\'s versions', () => {
    // The CLI reads studio/package.json and insists styled-components is declared; packages install at the root.
    const studio = JSON.parse(readFileSync(join(studioDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries(studio.dependencies ?? {})) expect(version, name).toBe(rootPkg.dependencies[name]);
    expect(existsSync(join(studioDir, 'node_modules')), 'studio/node_modules should not exist').toBe(false);
  });

  it('builds offline into a static Studio', { timeout: 180_000 }, async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DO_NOT_TRACK: '1', SANITY_STUDIO_PROJECT_ID: '' };
    const started = performance.now();
    const { code, output } = await run([join(root, 'node_modules/sanity/bin/sanity'), 'build', outDir, '--yes'], env);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    expect(code, output).toBe(0);
    console.info(`sanity build took ${seconds} s`);

    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('id="sanity"');
    const bundle = readdirSync(join(outDir, 'static'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outDir, 'static', f), 'utf8'))
      .join('\n');
    // Without SANITY_STUDIO_PROJECT_ID the Studio is built for the clearly-dummy project, and carries our schema.
    expect(bundle).toContain(DUMMY_PROJECT_ID);
    expect(bundle).toContain('schedule2Answers');
  });
});
