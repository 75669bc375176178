// npm run test:later-days [-- 400 800]: the whole `npm test` with the machine's clock moved ahead by each number of
// days (Debian's faketime), to prove the portal and its suite do not depend on today's date. Too long for CI.
// Everything that needs the network (dependencies, Node 24, Chromium, faketime itself) is installed first, on the
// real clock: with the clock moved, TLS certificates and package signatures would look expired.
import { spawn, spawnSync } from 'node:child_process';
import { ensureChromium } from './browser.ts';
import { root } from './lib.ts';

const DEFAULT_DAYS = [400, 800];

function daysFromArgs(args: string[]): number[] {
  if (args.length === 0) return DEFAULT_DAYS;
  return args.map((a) => {
    if (!/^\d{1,5}$/.test(a)) {
      console.error(`Each argument is a whole number of days to move the clock ahead, not "${a}".`);
      process.exit(2);
    }
    return Number(a);
  });
}

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function ensureFaketime(): void {
  if (has('faketime')) return;
  if (process.platform === 'linux' && process.getuid?.() === 0 && has('apt-get')) {
    console.log('Installing Debian\'s faketime with apt-get …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'faketime'], { stdio: 'inherit', env });
    if (has('faketime')) return;
  }
  console.error('This needs faketime: `apt-get install faketime` on Debian or Ubuntu, `brew install libfaketime` on macOS.');
  process.exit(2);
}

function runAhead(days: number): Promise<number> {
  // The suite picks its own day from the (moved) clock; one chosen for the real clock must not leak in.
  const env: NodeJS.ProcessEnv = { ...process.env, DONT_FAKE_MONOTONIC: '1' };
  delete env.E2E_TODAY;
  delete env.TEST_TODAY;
  return new Promise((resolve) => {
    const child = spawn('faketime', ['-f', `+${days}d`, process.execPath, 'scripts/test.ts'], { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const days = daysFromArgs(process.argv.slice(2));
ensureFaketime();
await ensureChromium();
const results: { days: number; date: string; code: number; minutes: string }[] = [];
for (const n of days) {
  const date = new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  console.log(`\n=== npm test with the clock moved ${n} days ahead, to ${date} ===`);
  const started = performance.now();
  const code = await runAhead(n);
  results.push({ days: n, date, code, minutes: ((performance.now() - started) / 60_000).toFixed(1) });
}
console.log('\nDays ahead  Date        Time      Result');
for (const r of results) console.log(`${String(r.days).padStart(10)}  ${r.date}  ${`${r.minutes} min`.padStart(8)}  ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
