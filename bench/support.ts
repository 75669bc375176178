// Shared helpers for benchmarks: build into a scratch folder, serve it, measure pages and memory, report figures.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SERVER_NODE_FLAGS } from '../scripts/server-flags.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** A scratch folder at the project root: inside it so builds resolve node_modules, and `dist-*` is ignored by git. */
export const scratchDir = (name: string) => join(root, `dist-bench-${name}`);

/**
 * One figure, as a benchmark reports it on a `BENCH {json}` line for bench/run.ts to gather into the final table.
 * `atMost`/`atLeast` carry the target where it gives one.
 */
export const Figure = z.object({
  name: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  atMost: z.number().optional(),
  atLeast: z.number().optional(),
});
export type Figure = z.infer<typeof Figure>;

export const FIGURE_PREFIX = 'BENCH ';

export function report(name: string, value: number, unit: string, target: Pick<Figure, 'atMost' | 'atLeast'> = {}): void {
  console.log(FIGURE_PREFIX + JSON.stringify(Figure.parse({ name, value, unit, ...target })));
}

/** Undefined for an ordinary output line; throws, naming the line, for a BENCH line that is not a figure. */
export function parseFigureLine(line: string): Figure | undefined {
  if (!line.startsWith(FIGURE_PREFIX)) return undefined;
  const parsed = Figure.safeParse(JSON.parse(line.slice(FIGURE_PREFIX.length)));
  if (!parsed.success) throw new Error(`not a figure: ${line}\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Rounded for a table: figures are noisy well before the third decimal place. */
export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

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

/** Serve a build with scripts/serve.ts (the production server); resolves once it answers. */
export async function serveBuild(
  buildDir: string,
  contentDir: string,
  port: number,
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.ts'], {
    cwd: root,
    env: { ...process.env, BUILD_DIR: buildDir, CONTENT_DIR: contentDir, PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitUntilServing(child, `http://localhost:${port}/brand.css`);
  return child;
}

/** Poll `url` until it answers 2xx; gives up (and stops the child) after 20 s or if the child exits. */
export async function waitUntilServing(child: ChildProcess, url: string): Promise<void> {
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`the server behind ${url} did not start`);
}

/** SIGTERM, then wait for the exit: once this resolves, nothing is still writing to the server's data folder. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The HTML pages a build wrote (prerendered pages only: on-demand ones are not files). */
export function htmlPages(dir: string): { count: number; averageBytes: number } {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return { count: files.length, averageBytes: files.length ? Math.round(bytes / files.length) : 0 };
}

export interface Memory {
  /** Resident set size now, MB. */
  rssMb: number;
  /** The highest resident set size so far (Linux only), MB. */
  peakMb?: number;
}

/** A process's memory from /proc on Linux, or from `ps` elsewhere (no peak there). */
export function memoryOf(pid: number): Memory {
  const status = `/proc/${pid}/status`;
  if (existsSync(status)) {
    const text = readFileSync(status, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  }
  return { rssMb: Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024 };
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
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
