// Full-size hostile input: 10,000 generated requests at every form and query-string page of the real built server.
import { spawnSync } from 'node:child_process';
import { root } from './support.ts';

const started = performance.now();
const result = spawnSync(process.execPath, ['scripts/test.ts', '--e2e-only', '--', 'tests/e2e/hostile-input-is-refused-cleanly.spec.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, HOSTILE_RUNS: process.env.HOSTILE_RUNS ?? '10000', BUILD_DIR: 'bench/out/build-hostile', E2E_PORT: '4470' },
});
console.log(`hostile input: ${process.env.HOSTILE_RUNS ?? '10000'} requests per endpoint in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status ?? 1);
