// The server stops at start-up with one clear line when its configuration is wrong or half set.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function serveWith(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SANITY_') && !k.startsWith('RESEND_') && k !== 'TEST_TODAY' && k !== 'SITE_URL'));
  return spawnSync(process.execPath, ['scripts/serve.ts'], { cwd: root, env: { ...clean, ...env }, encoding: 'utf8', timeout: 20_000 });
}

describe('starting the server with a bad configuration', () => {
  it.each([
    [{ SANITY_PROJECT_ID: 'abc123' }, 'Configuration error: SANITY_DATASET: is required when SANITY_PROJECT_ID is set (e.g. "production")'],
    [{ PORT: 'eighty' }, 'Configuration error: PORT: '],
    [{ RESEND_API_KEY: 're_123' }, 'Configuration error: EMAIL_FROM: is required when RESEND_API_KEY is set'],
    [{ TEST_TODAY: 'next tuesday' }, 'Configuration error: TEST_TODAY: must be a date as YYYY-MM-DD'],
    [{ TEST_TODAY: '2029-02-30' }, 'Configuration error: TEST_TODAY: must be a real calendar date as YYYY-MM-DD'],
    [
      { TEST_TODAY: '2029-02-28', SITE_URL: 'https://localoffer.example.gov.uk' },
      'Configuration error: TEST_TODAY: is for tests only and cannot be set on a live site (SITE_URL is https://localoffer.example.gov.uk)',
    ],
  ])('%o stops it with one line naming the variable', (env, message) => {
    const result = serveWith(env);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
  });
});
