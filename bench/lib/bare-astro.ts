// A throwaway Astro project with nothing but one dynamic route: what building N pages costs Astro itself, so the
// Local Offer build can be given as a ratio to it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlPages, root } from '../support.ts';

/** One route, one prop, text padded to the size of our pages so both builds write about as many bytes. */
function route(pages: number, bytesPerPage: number): string {
  return `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: 'page-' + i }, props: { n: i } }));
}
const { n } = Astro.props;
const words = 'Support for children and young people with special educational needs in the local area. ';
const text = (n + ' ' + words).repeat(Math.ceil(${bytesPerPage} / words.length)).slice(0, ${bytesPerPage});
---
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1><p>{text}</p></body></html>
`;
}

/** Writes the project into a temporary folder that borrows our node_modules (the same astro), and removes it after. */
async function withProject<T>(pages: number, bytesPerPage: number, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bare-astro-'));
  try {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }));
    writeFileSync(join(dir, 'astro.config.mjs'), 'export default { devToolbar: { enabled: false } };\n');
    mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
    writeFileSync(join(dir, 'src', 'pages', '[slug].astro'), route(pages, bytesPerPage));
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall-clock seconds to build `pages` static pages of about `bytesPerPage` bytes each, and how many it wrote. */
export function timedBareAstroBuild(pages: number, bytesPerPage: number): Promise<{ seconds: number; pages: number }> {
  return withProject(pages, bytesPerPage, async (dir) => {
    const started = performance.now();
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`the bare Astro build exited with ${code}`);
    return { seconds: (performance.now() - started) / 1000, pages: htmlPages(join(dir, 'dist')).count };
  });
}
