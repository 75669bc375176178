// Installing a tool the tests need from Debian's packages, where this machine allows it (root, or password-less sudo).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function tryRun(command: string, args: string[]): boolean {
  // noninteractive: a package's configuration questions would otherwise wait for an answer nobody is there to give.
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

/** apt-get install `name`; false (having tried nothing) on a machine without apt or the right to use it. */
export function installDebianPackage(name: string): boolean {
  if (!existsSync('/usr/bin/apt-get')) return false;
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!isRoot && !sudo) return false;
  console.log(`Installing Debian's ${name} with apt-get …`);
  const apt = (args: string[]) => (sudo ? tryRun('sudo', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]) : tryRun('apt-get', args));
  // Installing first and updating the package lists only if that fails keeps a machine with fresh lists fast.
  return apt(['install', '-y', '-qq', name]) || (apt(['update', '-qq']) && apt(['install', '-y', '-qq', name]));
}
