// The key that signs subscription links: SUBSCRIPTION_SECRET, or one made once and kept in DATA_DIR.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const SUBSCRIPTION_SECRET_ENV = 'SUBSCRIPTION_SECRET';
export const SUBSCRIPTION_SECRET_FILE = 'subscription-secret';
const MIN_LENGTH = 32;

function readSecret(file: string): string | undefined {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return text.length >= MIN_LENGTH ? text : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * From the environment when set (several servers must share it); otherwise generated on first use and kept in
 * `dataDir` with owner-only permissions, so links already emailed keep working after a restart.
 */
export function loadSubscriptionSecret(options: { secret?: string; dataDir: string }): Buffer {
  const fromEnv = options.secret?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_LENGTH) throw new Error(`${SUBSCRIPTION_SECRET_ENV}: must be at least ${MIN_LENGTH} characters (e.g. \`openssl rand -hex 32\`)`);
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = join(options.dataDir, SUBSCRIPTION_SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return Buffer.from(existing, 'utf8');
  mkdirSync(options.dataDir, { recursive: true });
  try {
    // 'wx': if another process wrote it first, theirs wins; fsync so a crash cannot leave half a secret.
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, `${randomBytes(32).toString('hex')}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const made = readSecret(file);
  if (!made) throw new Error(`${file} is empty or too short: delete it to make a new secret, or set ${SUBSCRIPTION_SECRET_ENV}`);
  return Buffer.from(made, 'utf8');
}
