// Serving the standalone-built Studio at /studio from the site's own server: which file a path means (never outside
// the build folder), its headers, a Content-Security-Policy that lets the Studio talk to Sanity and nothing else, and
// whether the build on disk is for the configured project. The Astro route only reads files and answers.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

export const STUDIO_BASE_PATH = '/studio';
export const BUILD_INFO_NAME = 'studio-build.json';

/** Written next to the build by studio/build-for-site.ts, so the site can tell a build for another project. */
export const StudioBuildInfo = z.object({
  projectId: z.string(),
  dataset: z.string(),
  feedbackDataset: z.string(),
  basePath: z.string(),
  builtAt: z.string(),
});
export type StudioBuildInfo = z.infer<typeof StudioBuildInfo>;

export function studioDistDir(env: Record<string, string | undefined>, cwd = process.cwd()): string {
  return env.STUDIO_DIST_DIR || join(cwd, 'studio', 'dist');
}

export interface SanityTarget {
  projectId: string;
  dataset: string;
  feedbackDataset: string;
}

export type StudioState =
  | { kind: 'not-configured' }
  | { kind: 'not-built'; dist: string }
  | { kind: 'other-project'; dist: string; built: StudioBuildInfo }
  | { kind: 'ready'; dist: string; built: StudioBuildInfo };

/** Can /studio serve the Studio, and if not, which step of connecting is missing? */
export async function studioState(sanity: SanityTarget | undefined, dist: string): Promise<StudioState> {
  if (!sanity) return { kind: 'not-configured' };
  let built: StudioBuildInfo;
  try {
    built = StudioBuildInfo.parse(JSON.parse(await readFile(join(dist, BUILD_INFO_NAME), 'utf8')));
    await stat(join(dist, 'index.html'));
  } catch {
    return { kind: 'not-built', dist };
  }
  const same = built.projectId === sanity.projectId && built.dataset === sanity.dataset && built.feedbackDataset === sanity.feedbackDataset;
  return same && built.basePath === STUDIO_BASE_PATH ? { kind: 'ready', dist, built } : { kind: 'other-project', dist, built };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export type Resolved = { kind: 'file'; file: string; type: string; immutable: boolean } | { kind: 'app' } | { kind: 'not-found' };

/**
 * What a path under /studio/ means: a file of the build, the Studio app itself (its own routes, e.g.
 * /studio/content/structure/service), or nothing. Paths that try to leave the folder are nothing.
 */
export function resolveStudioPath(subpath: string | undefined): Resolved {
  const path = (subpath ?? '').replace(/^\/+/, '');
  if (path === '' || path === 'index.html') return { kind: 'app' };
  if (path.includes('\0') || path.includes('\\')) return { kind: 'not-found' };
  const clean = normalize(path);
  if (clean.startsWith('..') || clean.split(sep).includes('..') || clean.startsWith(sep) || clean === BUILD_INFO_NAME) return { kind: 'not-found' };
  const ext = extname(clean).toLowerCase();
  // Files live in static/ (hashed names, so they can be cached for ever) or at the top (favicon).
  if (clean.startsWith(`static${sep}`) || (ext && !clean.includes(sep))) {
    return TYPES[ext] ? { kind: 'file', file: clean, type: TYPES[ext]!, immutable: clean.startsWith(`static${sep}`) && ext !== '.webmanifest' } : { kind: 'not-found' };
  }
  // Anything else with an extension is a missing file; without one it is a route of the Studio app.
  return ext ? { kind: 'not-found' } : { kind: 'app' };
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The Studio's index.html, with the favicon links pointed inside /studio (the build writes them to /static/). */
export function adaptIndexHtml(html: string): string {
  return html.replace(/(<link[^>]+href=")\/static\//g, `$1${STUDIO_BASE_PATH}/static/`);
}

/** sha256 sources for the inline scripts of the page, so script-src need not allow 'unsafe-inline'. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
}

/**
 * The Studio's own policy: its code from here, its inline boot script by hash, Sanity's API and CDN for data, fonts
 * and images, styled-components' inline styles. Framing only by this site.
 */
export function studioContentSecurityPolicy(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')} https://core.sanity-cdn.com`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data: https://*.sanity.io",
    "connect-src 'self' https://*.sanity.io wss://*.sanity.io https://*.sanity-cdn.com",
    "frame-src 'self' https://*.sanity.io",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "form-action 'self' https://*.sanity.io",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
const gzipCache = new Map<string, Buffer>();
const GZIP_CACHE_LIMIT = 64 * 1024 * 1024;
let gzipCacheBytes = 0;

/** gzip text files for browsers that accept it, once per file version (the Studio's JS shrinks about 4×). */
export function maybeGzip(body: Buffer, type: string, acceptEncoding: string | null, cacheKey: string): { body: Buffer; gzip: boolean } {
  if (!COMPRESSIBLE.test(type) || body.length < 1024 || !/\bgzip\b/.test(acceptEncoding ?? '')) return { body, gzip: false };
  let zipped = gzipCache.get(cacheKey);
  if (!zipped) {
    zipped = gzipSync(body, { level: 6 });
    if (gzipCacheBytes + zipped.length <= GZIP_CACHE_LIMIT) {
      gzipCache.set(cacheKey, zipped);
      gzipCacheBytes += zipped.length;
    }
  }
  return { body: zipped, gzip: true };
}

/** The response for a path under /studio, from a ready build. */
export async function serveStudio(dist: string, subpath: string | undefined, acceptEncoding: string | null): Promise<Response> {
  const resolved = resolveStudioPath(subpath);
  if (resolved.kind === 'not-found') return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (resolved.kind === 'app') {
    const html = adaptIndexHtml(await readFile(join(dist, 'index.html'), 'utf8'));
    const { body, gzip } = maybeGzip(Buffer.from(html), TYPES['.html']!, acceptEncoding, `index:${html.length}`);
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': TYPES['.html']!,
        'cache-control': 'no-cache',
        'content-security-policy': studioContentSecurityPolicy(html),
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'same-origin',
        'x-robots-tag': 'noindex',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      },
    });
  }
  const file = join(dist, resolved.file);
  let info;
  try {
    info = await stat(file);
  } catch {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  if (!info.isFile()) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { body, gzip } = maybeGzip(await readFile(file), resolved.type, acceptEncoding, `${file}:${info.mtimeMs}:${info.size}`);
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': resolved.type,
      'cache-control': resolved.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    },
  });
}
