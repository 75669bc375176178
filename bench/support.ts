// Shared helpers for benchmarks: build into a scratch folder, serve it, fetch pages and measure what a browser transfers.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** Generate a synthetic area into `dir` (with the sample's postcode table), timing nothing. */
export async function generateArea(dir: string, services: number, responses: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await runToEnd(['content/generate.ts', '--services', String(services), '--responses', String(responses), '--out', dir], {});
  copyFileSync(join(root, 'content/postcode-districts.json'), join(dir, 'postcode-districts.json'));
}

/** Build the site from a content folder into a build folder; resolves with wall-clock seconds. */
export async function timedBuild(contentDir: string, buildDir: string): Promise<number> {
  const started = performance.now();
  await runToEnd(['scripts/build.ts', '--force'], { CONTENT_DIR: contentDir, BUILD_DIR: buildDir });
  return (performance.now() - started) / 1000;
}

export async function serveBuild(buildDir: string, contentDir: string, port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.ts'], {
    cwd: root,
    env: { ...process.env, BUILD_DIR: buildDir, CONTENT_DIR: contentDir, PORT: String(port), DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/brand.css`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the server did not start');
}

export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  requests: number;
  totalGzip: number;
}

const gz = (body: ArrayBuffer | string) => gzipSync(typeof body === 'string' ? body : Buffer.from(body)).length;

/** What a first visit transfers, gzipped: the HTML and every stylesheet and script it loads. */
export async function pageWeight(base: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(base + path)).text();
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map((m) => m[1] ?? m[2]!);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const size = async (url: string) => gz(await (await fetch(new URL(url, base + path))).arrayBuffer());
  const cssGzip = (await Promise.all(css.map(size))).reduce((a, b) => a + b, 0);
  const jsGzip = (await Promise.all(js.map(size))).reduce((a, b) => a + b, 0) + (inlineJs ? gz(inlineJs) : 0);
  const htmlGzip = gz(html);
  return { htmlGzip, cssGzip, jsGzip, requests: 1 + css.length + js.length, totalGzip: htmlGzip + cssGzip + jsGzip };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function table(headers: string[], rows: (string | number)[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
