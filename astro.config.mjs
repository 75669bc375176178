// Astro: the public site (srcDir site/), prerendered by default, served by the Node adapter behind scripts/serve.ts.
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { CSP_DIRECTIVES } from './src/http/security-headers.ts';

export default defineConfig({
  srcDir: './site',
  // BUILD_DIR lets several builds (parallel test runs, benchmarks) live side by side.
  outDir: process.env.BUILD_DIR || './dist',
  site: process.env.SITE_URL || `http://localhost:${process.env.PORT || 4321}`,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  adapter: node({ mode: 'standalone', bodySizeLimit: 100 * 1024 }),
  integrations: [react()],
  server: { port: Number(process.env.PORT) || 4321, host: process.env.HOST || 'localhost' },
  devToolbar: { enabled: false },
  // On-demand pages get a CSP header from Astro with the hashes of its inline hydration scripts, so islands run
  // without 'unsafe-inline'; scripts/serve.ts sends the same directives on everything else.
  // checkOrigin is off because the request path checks form posts against SITE_URL's origin itself (src/http/same-origin.ts):
  // behind a TLS-terminating proxy Astro would see http, not the https the browser used, and refuse every post.
  security: { csp: { directives: [...CSP_DIRECTIVES] }, checkOrigin: false },
  vite: {
    // govuk-frontend keeps an old-IE media query hack ("0\9") that lightningcss refuses to minify.
    build: { cssMinify: 'esbuild' },
    css: {
      preprocessorOptions: {
        scss: { loadPaths: ['node_modules'], quietDeps: true },
      },
    },
  },
});
