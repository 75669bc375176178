// Which file a path under /studio means, and the Studio's Content-Security-Policy.
import { describe, expect, it } from 'vitest';
import { adaptIndexHtml, inlineScriptHashes, resolveStudioPath, studioContentSecurityPolicy } from '../../../src/studio-logic/hosting.ts';

describe('paths under /studio', () => {
  it.each([
    [undefined, { kind: 'app' }],
    ['', { kind: 'app' }],
    ['content/structure/service;abc', { kind: 'app' }],
    ['feedback', { kind: 'app' }],
    ['static/sanity-abc.js', { kind: 'file', file: 'static/sanity-abc.js', type: 'text/javascript; charset=utf-8', immutable: true }],
    ['static/manifest.webmanifest', { kind: 'file', file: 'static/manifest.webmanifest', type: 'application/manifest+json', immutable: false }],
    ['favicon.ico', { kind: 'file', file: 'favicon.ico', type: 'image/x-icon', immutable: false }],
    ['static/../../etc/passwd', { kind: 'not-found' }],
    ['../secret.js', { kind: 'not-found' }],
    ['studio-build.json', { kind: 'not-found' }],
    ['static/evil.exe', { kind: 'not-found' }],
    ['content/page.php', { kind: 'not-found' }],
    ['static/a\0.js', { kind: 'not-found' }],
  ])('%s → %o', (path, expected) => expect(resolveStudioPath(path)).toEqual(expected));
});

describe('the Studio page', () => {
  const html = '<html><head><link href="/static/favicon.ico" rel="icon"/><script>boot()</script><script src="/studio/static/a.js" type="module"></script></head></html>';

  it('allows exactly its inline scripts by hash', () => {
    expect(inlineScriptHashes(html)).toEqual(["'sha256-MeZS89WlF0u+o0hCvHTBt4q1WHU+U+sJKgbdRUc36mY='"]);
    expect(studioContentSecurityPolicy(html)).toContain(`script-src 'self' 'sha256-MeZS89WlF0u+o0hCvHTBt4q1WHU+U+sJKgbdRUc36mY=' https://core.sanity-cdn.com`);
  });

  it('points the favicon links inside /studio', () => {
    expect(adaptIndexHtml(html)).toContain('href="/studio/static/favicon.ico"');
  });
});
