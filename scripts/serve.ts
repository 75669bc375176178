// Serves the built site: our own node:http server, so security headers cover static files as well as pages.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { securityHeaders } from '../src/http/security-headers.ts';
import { refuseRequest, refusalPage } from '../src/http/request-guard.ts';
import { isOneClickUnsubscribe, UNSUBSCRIBE_PATH } from '../src/subscriptions/one-click.ts';
import { loadConfigOrExit, root } from './lib.ts';

/** This server's origin as Astro sees it (the scheme of the connection and the Host header). */
function ownOrigin(req: IncomingMessage): string {
  return `${(req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
}

/** Method, address and headers only: enough to recognise a request without reading its body. */
function asRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  return new Request(new URL(req.url ?? '/', ownOrigin(req)), { method: req.method, headers });
}

type Handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;

export async function serve(): Promise<void> {
  const config = loadConfigOrExit();
  const entry = join(resolve(root, process.env.BUILD_DIR || 'dist'), 'server', 'entry.mjs');
  if (!existsSync(entry)) {
    console.error('There is no built site: run "npm run build" (or "npm start", which builds and serves).');
    process.exit(1);
  }
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };
  const headers = securityHeaders({ https: config.siteUrl.startsWith('https:') });

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // What a form post gets back (a receipt code, a redirect, an error with what was typed) is never kept by a cache.
    if (req.method !== 'GET' && req.method !== 'HEAD') res.setHeader('Cache-Control', 'no-store');
    // A mail program's one-click unsubscribe comes from its own servers; its signed link is its authority, so it is
    // let past Astro's origin check as if it were the page's own button.
    if (req.method === 'POST' && req.url?.startsWith(UNSUBSCRIBE_PATH) && isOneClickUnsubscribe(asRequest(req))) {
      req.headers.origin = ownOrigin(req);
    }
    const refusal = refuseRequest(req.method, req.headers);
    if (refusal) {
      res.writeHead(refusal.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
      res.end(refusalPage(refusal));
      req.resume();
      return;
    }
    handler(req, res);
  });
  // Longer than a load balancer's idle timeout, so the server never closes a kept-alive socket the client is reusing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} is in use: set PORT to another port.` : error.message);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const store = config.sanity ? `Sanity project ${config.sanity.projectId}` : `the embedded store (data in ${config.dataDir})`;
    console.log(`The portal is ready at http://${config.host}:${config.port}/ using ${store}. Press Ctrl+C to stop.`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await serve();
