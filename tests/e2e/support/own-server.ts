// A built server (scripts/serve.ts) that a spec starts, stops, kills and restarts itself, on its own data folder: for
// load, crash, header and privacy checks that need a configuration or a data folder of their own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openLocalStore, type LocalStore } from '../../../src/store/index.ts';
import { e2eClock } from './today.ts';
import { isPublicSiteUrl } from '../../../src/config/env.ts';
import { SERVER_NODE_FLAGS } from '../../../scripts/server-flags.mjs';

/**
 * Ports next to the main test server's (E2E_PORT), one per spec, so two test runs on different E2E_PORTs never meet.
 * Specs run one at a time (workers: 1), so a spec may stop a server and start the next on the same port.
 */
export function portFor(offset: number): number {
  return Number(process.env.E2E_PORT ?? 4399) + offset;
}

export interface OwnServerOptions {
  port: number;
  /** Where its journals, secrets and outbox go; a fresh temporary folder by default. */
  dataDir?: string;
  /** Extra environment, e.g. SURVEY_RATE_LIMIT=0 or SITE_URL=https://…; the rest comes from this process. */
  env?: Record<string, string>;
}

export interface OwnServer {
  /** Its origin, e.g. http://127.0.0.1:4462 */
  url: string;
  port: number;
  dataDir: string;
  /** What it printed, for failure messages. */
  output(): string;
  /** SIGTERM, as a deployment would: in-flight writes finish first. */
  stop(): Promise<void>;
  /** How the last process ended, once it has: its exit code (or signal). */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** SIGKILL: the process dies at once, mid-write if it was writing. */
  kill(): Promise<void>;
  /** Start again on the same port and data folder (after stop or kill). */
  restart(): Promise<void>;
  /** Stop it and remove its data folder, if this helper made it. */
  dispose(): Promise<void>;
}

/**
 * The built site (BUILD_DIR) on 127.0.0.1 (an address, not "localhost", so a test can also connect from other
 * loopback addresses), with the sample content and its own data folder.
 */
export async function startOwnServer(options: OwnServerOptions): Promise<OwnServer> {
  const madeDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? join(mkdtempSync(join(tmpdir(), 'own-server-')), 'data');
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;
  let log = '';
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  const start = async () => {
    log = '';
    // Settings a spec relies on are its own: an https SITE_URL or a rate limit in the runner's environment is not.
    const inherited = { ...process.env };
    delete inherited.SITE_URL;
    delete inherited.SURVEY_RATE_LIMIT;
    // A live site's SITE_URL refuses a moved clock (TEST_TODAY): such a server runs on the machine's clock instead.
    if (options.env?.SITE_URL && isPublicSiteUrl(options.env.SITE_URL)) delete inherited.TEST_TODAY;
    const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.ts'], {
      env: { ...inherited, PORT: String(options.port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    exit = undefined;
    proc.once('exit', (code, signal) => (exit = { code, signal }));
    proc.stdout?.on('data', (b: Buffer) => (log += b.toString()));
    proc.stderr?.on('data', (b: Buffer) => (log += b.toString()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`the server on ${url} stopped while starting: ${log}`);
      const ok = await fetch(`${url}/have-your-say/`).then((r) => r.ok, () => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`the server on ${url} did not start within 30 seconds: ${log}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  };

  const end = async (signal: NodeJS.Signals) => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill(signal);
    await exited;
  };

  await start();
  return {
    url,
    port: options.port,
    dataDir,
    output: () => log,
    exited: () => exit,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    restart: start,
    dispose: async () => {
      await end('SIGTERM');
      if (madeDataDir) rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
}

/** The store a server wrote, opened directly beside it (the database takes several processes at once). */
export function openStoreAt(dataDir: string): Promise<LocalStore> {
  return openLocalStore({ dataDir, contentDir: 'content', now: e2eClock });
}

/** Every file under a data folder with its size: equal snapshots mean nothing was written. */
export function dataSnapshot(dataDir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries.sort()) {
      const path = join(dir, name);
      const s = statSync(path);
      if (s.isDirectory()) walk(path);
      else out[relative(dataDir, path)] = s.size;
    }
  };
  walk(dataDir);
  return out;
}
