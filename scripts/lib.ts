// Shared helpers for the run, build and test scripts: running a command, timing steps, reading the configuration.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describeConfigError, parseConfig, type Config } from '../src/config/env.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function loadConfigOrExit(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    console.error(describeConfigError(error));
    process.exit(1);
  }
}

/** Run a command with inherited output; resolves with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd: root });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Run a Node script with this same Node binary. */
export function runNode(script: string, args: string[] = [], env?: NodeJS.ProcessEnv): Promise<number> {
  return run(process.execPath, [script, ...args], env);
}

export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
