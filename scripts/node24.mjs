#!/usr/bin/env node
// Runs a script on Node >= 22.12. Uses the machine's Node when it is new enough; otherwise installs the npm
// package `node@24` into .tools/node24 once and runs the script there, with that Node first on PATH for children.
// Written for any Node from 18 up, because it is what a fresh machine's older Node runs first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from './server-flags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
const newEnough = major > 22 || (major === 22 && minor >= 12);

function localNode() {
  const prefix = join(root, '.tools', 'node24');
  const bin = join(prefix, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  if (!existsSync(bin)) {
    console.error(`Node ${process.versions.node} is older than 22.12: installing Node 24 from npm into .tools/node24 …`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(
      npm,
      ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', 'node@24'],
      { stdio: 'inherit', cwd: root },
    );
    if (result.status !== 0 || !existsSync(bin)) {
      console.error('Could not install Node 24 from npm. Install Node 22.12 or later yourself and run the command again.');
      process.exit(1);
    }
  }
  return bin;
}

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/node24.mjs <script> [args…]');
  process.exit(2);
}

const nodeBin = newEnough ? process.execPath : localNode();
// Node strips TypeScript types by default from 22.18; 22.12–22.17 need the flag.
const stripFlag = newEnough && major === 22 && minor < 18 ? ['--experimental-strip-types'] : [];
// Astro would otherwise send usage data over the network from every build and dev run.
const env = { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, ...stripFlag].filter(Boolean).join(' '), PATH: [dirname(nodeBin), process.env.PATH].join(process.platform === 'win32' ? ';' : ':') };
// The portal's server runs with its memory settings (scripts/server-flags.mjs).
const serverFlags = /(^|[\\/])(serve|start)\.ts$/.test(script) ? SERVER_NODE_FLAGS : [];
const child = spawn(nodeBin, [...stripFlag, ...serverFlags, script, ...args], { stdio: 'inherit', env, cwd: process.cwd() });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
