// The server's secret for receipt codes and resume codes: SURVEY_SECRET, or one made once and kept in DATA_DIR.
import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_ENV = 'SURVEY_SECRET';
export const SECRET_FILE = 'survey-secret';
const MIN_SECRET_LENGTH = 32;

export class ServerSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerSecretError';
  }
}

/**
 * The secret from the environment when set (it must be: several servers, or Sanity mode behind a load balancer, all
 * need the same one); otherwise one generated on first use and kept in `dataDir`, so the embedded store's receipt
 * codes and saved answers survive a restart.
 */
export function loadServerSecret(options: { secret?: string; dataDir: string }): Buffer {
  const fromEnv = options.secret?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new ServerSecretError(`${SECRET_ENV}: must be at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`)`);
    }
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = join(options.dataDir, SECRET_FILE);
  const existing = readSecretFile(file);
  if (existing) return existing;
  mkdirSync(options.dataDir, { recursive: true });
  const fresh = randomBytes(32).toString('hex');
  try {
    // 'wx': if another process made it first, use theirs; fsync so a crash cannot leave a half-written secret.
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, fresh + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = readSecretFile(file);
  if (!stored) throw new ServerSecretError(`${file} is empty or too short: delete it to make a new secret, or set ${SECRET_ENV}`);
  return stored;
}

function readSecretFile(file: string): Buffer | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return text.length >= MIN_SECRET_LENGTH ? Buffer.from(text, 'utf8') : undefined;
}

let configured: Buffer | undefined;

/** Set the secret for this process (the site at start-up, or a test). */
export function useServerSecret(secret: string | Uint8Array): void {
  configured = Buffer.from(secret);
}

/** The secret for this process: as set by useServerSecret, else loaded from SURVEY_SECRET / DATA_DIR on first use. */
export function serverSecret(): Buffer {
  configured ??= loadServerSecret({ secret: process.env[SECRET_ENV], dataDir: process.env.DATA_DIR || '.data' });
  return configured;
}

/** A key for one purpose, so the receipt and resume keys never coincide even though they share a secret. */
export function purposeKey(secret: Uint8Array, purpose: 'receipt-code' | 'resume-code'): Buffer {
  return createHmac('sha256', secret).update(`send-local-offer:${purpose}:v1`).digest();
}
