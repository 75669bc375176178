// npm start: install what is missing, build if the inputs changed, then serve the portal.
// Only node: built-ins are imported statically, so this runs before dependencies are installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}/node_modules/astro/package.json`)) {
  console.log('Installing dependencies (npm install) …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { loadConfigOrExit } = await import('./lib.ts');
const { build } = await import('./build.ts');
const { serve } = await import('./serve.ts');
loadConfigOrExit();
await build();
await serve();
