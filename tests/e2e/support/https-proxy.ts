// A reverse proxy terminating TLS in front of a portal server, as a council would deploy it: Caddy where the test run
// found or installed it (E2E_CADDY, see scripts/caddy.ts), else a small Node TLS proxy that forwards the same headers.
// The certificate is a throwaway self-signed one for portal.example, committed for tests only.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, request as httpsRequest, type Server } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROXY_HOST = 'portal.example';
const TLS_DIR = join(import.meta.dirname, 'tls');
const CERT = join(TLS_DIR, 'portal.example.crt');
const KEY = join(TLS_DIR, 'portal.example.key');

export interface HttpsProxy {
  /** https://portal.example:<port>: reach it with Chromium's host-resolver rule or `proxyRequest`. */
  origin: string;
  port: number;
  /** "Caddy 2.6.2" or "a Node TLS proxy (no Caddy on this machine)". */
  kind: string;
  stop(): Promise<void>;
}

/** Caddy with a Caddyfile of its own: TLS with the test certificate, then reverse_proxy to the portal. */
async function startCaddy(caddy: string, port: number, upstream: number): Promise<HttpsProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'caddy-'));
  const config = join(dir, 'Caddyfile');
  writeFileSync(
    config,
    `{\n  admin off\n  auto_https off\n  storage file_system ${join(dir, 'data')}\n}\n` +
      `https://${PROXY_HOST}:${port} {\n  bind 127.0.0.1\n  tls ${CERT} ${KEY}\n  reverse_proxy 127.0.0.1:${upstream}\n}\n`,
  );
  const child: ChildProcess = spawn(caddy, ['run', '--config', config, '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (log += b.toString()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Caddy stopped while starting: ${log}`);
    if ((await proxyRequest(port, '/healthz').then((r) => r.status, () => 0)) === 200) break;
    if (Date.now() > deadline) throw new Error(`Caddy did not start within 15 s: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const version = /v?(\d+\.\d+\.\d+)/.exec(spawnSync(caddy, ['version'], { encoding: 'utf8' }).stdout ?? '')?.[1];
  return {
    origin: `https://${PROXY_HOST}:${port}`,
    port,
    kind: `Caddy${version ? ` ${version}` : ''}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What Caddy does, in Node: terminate TLS and forward, setting X-Forwarded-For to the peer (any value sent is replaced). */
async function startNodeProxy(port: number, upstream: number): Promise<HttpsProxy> {
  const server: Server = createHttpsServer({ cert: readFileSync(CERT), key: readFileSync(KEY) }, (req, res) => {
    const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '', 'x-forwarded-proto': 'https', 'x-forwarded-host': req.headers.host ?? '' };
    const forward = httpRequest({ host: '127.0.0.1', port: upstream, path: req.url, method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `https://${PROXY_HOST}:${port}`,
    port,
    kind: 'a Node TLS proxy (no Caddy on this machine)',
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function startHttpsProxy(options: { port: number; upstream: number }): Promise<HttpsProxy> {
  const caddy = process.env.E2E_CADDY;
  return caddy ? startCaddy(caddy, options.port, options.upstream) : startNodeProxy(options.port, options.upstream);
}

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * One https request to the proxy as a visitor's browser would make it (SNI and Host portal.example), from a loopback
 * address of our choosing, so two visitors can be told apart: 127.0.0.2 and 127.0.0.3 are other machines to the proxy.
 */
export function proxyRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<ProxyAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        servername: PROXY_HOST,
        localAddress: options.from,
        headers: { Host: `${PROXY_HOST}:${port}`, ...options.headers },
        ca: readFileSync(CERT),
        rejectUnauthorized: true,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
