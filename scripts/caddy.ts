// Finds Caddy for the end-to-end test behind a real HTTPS proxy, installing Debian's package where this machine
// allows. Where it cannot (macOS, Windows without Caddy), the test runs behind a small Node TLS proxy and says so.
import { spawnSync } from 'node:child_process';
import { installDebianPackage } from './debian-package.ts';

function onPath(): string | undefined {
  const fromEnv = process.env.CADDY_PATH;
  if (fromEnv) return fromEnv;
  const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['caddy'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.split(/\r?\n/)[0]!.trim() || undefined : undefined;
}

export function ensureCaddy(): string | undefined {
  return onPath() ?? (installDebianPackage('caddy') ? onPath() : undefined);
}
