// End-to-end tests: a real Chromium against the real built server on a private port and data directory.
import { defineConfig } from '@playwright/test';
import { londonDate } from './src/text/dates.ts';
import { SERVER_NODE_FLAGS } from './scripts/server-flags.mjs';

// One day for the whole run, read once here and inherited by the workers and every server they start (TEST_TODAY):
// a run that crosses midnight still sees one day, and the suite can be run as of any day (E2E_TODAY=2029-06-30).
process.env.E2E_TODAY ??= londonDate(new Date());
process.env.TEST_TODAY = process.env.E2E_TODAY;

const port = Number(process.env.E2E_PORT ?? 4399);

// Under `npm run test:later-days` (faketime) the portal and the tests run with the clock moved ahead, but Chromium
// crashes with libfaketime preloaded: it keeps the real clock, as a visitor's browser would.
const browserEnv = process.env.LD_PRELOAD?.includes('faketime')
  ? Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME')))
  : undefined;
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM || undefined,
      env: browserEnv as Record<string, string> | undefined,
      // The flags keep Chromium from reaching out to the network, which this machine (and many CI runners) refuse.
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: [process.execPath, ...SERVER_NODE_FLAGS, 'scripts/serve.ts'].map((part) => JSON.stringify(part)).join(' '),
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: 'localhost',
      DATA_DIR: process.env.E2E_DATA_DIR ?? '.data/e2e',
      TEST_TODAY: process.env.E2E_TODAY,
    },
    // stdout is the request log, a line a request; errors go to stderr.
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
