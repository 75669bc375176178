// Serves the built site: our own node:http server, so security headers cover static files as well as pages.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HTTPS_ONLY_HEADERS, securityHeaders } from '../src/http/security-headers.ts';
import { describeTrustProxy } from '../src/http/forwarded.ts';
import { requestPath, type Handler, type RequestLogLine } from '../src/http/pipeline.ts';
import { stylesheetsOf } from '../src/http/request-guard.ts';
import { loadConfigOrExit, root } from './lib.ts';

export async function serve(): Promise<void> {
  const config = loadConfigOrExit();
  const buildDir = resolve(root, process.env.BUILD_DIR || 'dist');
  const entry = join(buildDir, 'server', 'entry.mjs');
  if (!existsSync(entry)) {
    console.error('There is no built site: run "npm run build" (or "npm start", which builds and serves).');
    process.exit(1);
  }
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };

  // Every step between the socket and the site, in order, is in src/http/pipeline.ts.
  // One JSON line per request on stdout, for the log collector: id, method, path without the query, status, time.
  const log = (line: RequestLogLine) => process.stdout.write(`${JSON.stringify(line)}\n`);
  // Pages refused before the site sees them (too large, from another site) wear the site's stylesheets: those its
  // prerendered 404 page links to. A rebuild keeps old assets, so these stay valid until the next restart.
  const notFound = join(buildDir, 'client', '404.html');
  const stylesheets = existsSync(notFound) ? stylesheetsOf(readFileSync(notFound, 'utf8')) : [];
  const server = createServer(
    requestPath({ headers: securityHeaders(), httpsHeaders: HTTPS_ONLY_HEADERS, astro: handler, log, siteUrl: config.siteUrl, trust: config.trustProxy, stylesheets }),
  );
  // Longer than a load balancer's idle timeout, so the server never closes a kept-alive socket the client is reusing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} is in use: set PORT to another port.` : error.message);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const store = config.sanity ? `Sanity project ${config.sanity.projectId}` : `the embedded store (data in ${config.dataDir})`;
    console.log(`The portal is ready at http://${config.host}:${config.port}/ (public address ${config.siteUrl}, ${describeTrustProxy(config.trustProxy)}) using ${store}. Press Ctrl+C to stop.`);
  });
  // SIGTERM (a deployment, a load balancer draining): stop taking requests, let those under way finish, exit 0; a
  // request still going after 10 s is cut off so the restart is never held up.
  const stop = () => {
    server.close(() => process.exit(0));
    // A kept-alive connection goes idle as its last answer is sent: close each as it does, not 65 s later.
    setInterval(() => server.closeIdleConnections(), 50).unref();
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await serve();
