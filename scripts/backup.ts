// npm run backup -- <file>: a consistent copy of the embedded store's database, taken while the portal keeps running.
import { BACKUP_RETENTION_DAYS } from '../src/privacy/retention.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, backupTo } from '../src/store/sqlite/backup.ts';
import { DATABASE_FILE, openDatabase } from '../src/store/sqlite/database.ts';

export const USAGE = `Copy the embedded store's database (DATA_DIR/portal.db) into a new file. The portal can keep running.

  npm run backup -- <file>   write the backup to <file>, a new file (an existing one is never overwritten)

A backup holds everything the portal keeps, private feedback included, and answers erased later stay in it until it is
deleted: keep it as safely as DATA_DIR and for no longer than ${BACKUP_RETENTION_DAYS} days. Put it back with npm run restore -- <file>.`;

export const SANITY_BACKUPS =
  'In Sanity mode, backups are Sanity\'s own: run "npx sanity dataset export <dataset> <file>" for the content dataset and for the feedback dataset.';

export interface BackupIo {
  /** DATA_DIR: the database is portal.db in it. */
  dataDir: string;
  /** Whether SANITY_PROJECT_ID is set: there is then no embedded store to back up. */
  sanity: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The one file a backup or restore names, or a usage error (exit code 2). */
export function parseFileArgument(argv: string[], usage: string): { file?: string; help?: boolean; error?: string } {
  try {
    const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) return { help: true };
    if (positionals.length !== 1) return { error: `${positionals.length === 0 ? 'Give the backup file' : 'Give one backup file only'}.\n\n${usage}` };
    return { file: positionals[0] };
  } catch (error) {
    return { error: `${(error as Error).message}\n\n${usage}` };
  }
}

/**
 * What backup and restore both do first: the file named, or the exit code once usage, help or Sanity mode has been
 * answered (2 for a usage error, 0 for help, 1 in Sanity mode, where there is no embedded store).
 */
export function fileArgumentOrExitCode(
  argv: string[],
  io: { sanity: boolean; out: (line: string) => void; err: (line: string) => void },
  usage: string,
  inSanityMode: string,
): { file: string } | number {
  const args = parseFileArgument(argv, usage);
  if (args.error) {
    io.err(args.error);
    return 2;
  }
  if (args.help) {
    io.out(usage);
    return 0;
  }
  if (io.sanity) {
    io.err(inSanityMode);
    return 1;
  }
  return { file: args.file! };
}

export async function main(argv: string[], io: BackupIo): Promise<number> {
  const args = fileArgumentOrExitCode(argv, io, USAGE, SANITY_BACKUPS);
  if (typeof args === 'number') return args;
  const live = join(io.dataDir, DATABASE_FILE);
  // Opening would create an empty database, and backing that up would look like success.
  if (!existsSync(live)) {
    io.err(`${live} does not exist, so there is nothing to back up: check DATA_DIR.`);
    return 1;
  }
  const db = openDatabase(live);
  try {
    const { bytes } = await backupTo(db, args.file);
    io.out(`Backed up ${live} to ${args.file} (${(bytes / 1_048_576).toFixed(1)} MB).`);
    io.out(`It holds private feedback, and answers erased later stay in it until it is deleted: keep it safe, and for no longer than ${BACKUP_RETENTION_DAYS} days.`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

if (import.meta.main) {
  const { loadConfigOrExit } = await import('./lib.ts');
  const config = loadConfigOrExit();
  const code = await main(process.argv.slice(2), { dataDir: config.dataDir, sanity: Boolean(config.sanity), out: (l) => console.log(l), err: (l) => console.error(l) });
  process.exit(code);
}
