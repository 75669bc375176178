// Full-size hostile input: 10,000 generated requests at every form and query-string page of the real built server.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { report, root, scratchDir, timedBuild } from './support.ts';

const RUNS = Number(process.env.HOSTILE_RUNS ?? '10000');
const buildDir = scratchDir('hostile');
// Built here first, out of sight, with the variables the journey's runner will see: it then finds the build up to date
// instead of printing every page it builds.
const ENV = { BUILD_DIR: buildDir, CONTENT_DIR: 'content' };

/** Runs the hostile-input journey through the test runner, echoing it; resolves with its "N passed, N failed" line. */
function runJourney(): Promise<{ code: number; passed: number; failed: number }> {
  const child = spawn(process.execPath, ['scripts/test.ts', '--e2e-only', '--', 'tests/e2e/hostile-input-is-refused-cleanly.spec.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...ENV, HOSTILE_RUNS: String(RUNS), E2E_PORT: '4530' },
  });
  let counts = { passed: 0, failed: 0 };
  createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line);
    const m = /^(\d+) passed, (\d+) failed/.exec(line);
    if (m) counts = { passed: Number(m[1]), failed: Number(m[2]) };
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, ...counts })));
}

await timedBuild(ENV.CONTENT_DIR, ENV.BUILD_DIR);
const started = performance.now();
const result = await runJourney();
const seconds = (performance.now() - started) / 1000;
rmSync(buildDir, { recursive: true, force: true });
console.log(`hostile input: ${RUNS} requests per endpoint, ${result.passed} endpoint tests passed, ${result.failed} failed, in ${seconds.toFixed(0)} s`);
report('hostile input: requests per endpoint', RUNS, 'requests');
report('hostile input: endpoint tests passed', result.passed, 'tests');
report('hostile input: endpoint tests failed', result.failed, 'tests', { atMost: 0 });
report('hostile input: time', Math.round(seconds), 's');
process.exit(result.code);
