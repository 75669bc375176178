// npm run restore -- <file>: put a backup back in place of the embedded store's database, with the portal stopped.
// Erasures recorded since the backup was made are applied to it again, so restoring never brings an erased answer back.
import { join } from 'node:path';
import { BackupError, restoreFrom } from '../src/store/sqlite/backup.ts';
import { DATABASE_FILE } from '../src/store/sqlite/database.ts';
import { fileArgumentOrExitCode } from './backup.ts';

export const USAGE = `Put a backup made by npm run backup in place of the embedded store's database (DATA_DIR/portal.db).
Stop the portal first.

  npm run restore -- <file>   restore <file>

The database it replaces is kept beside it as portal.db.before-restore-<time>. Everything erased since the backup was
made (answers deleted with a receipt code, expired contact details, unsubscribed addresses) is erased from it again.`;

export const SANITY_RESTORES =
  'In Sanity mode, backups are Sanity\'s own: restore a "npx sanity dataset export" with "npx sanity dataset import <file> <dataset> --replace".';

export interface RestoreIo {
  /** DATA_DIR: the database is portal.db in it. */
  dataDir: string;
  /** Whether SANITY_PROJECT_ID is set: there is then no embedded store to restore. */
  sanity: boolean;
  /** The portal's clock: names the kept copy and dates quotes taken down again. */
  now: () => Date;
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function main(argv: string[], io: RestoreIo): Promise<number> {
  const args = fileArgumentOrExitCode(argv, io, USAGE, SANITY_RESTORES);
  if (typeof args === 'number') return args;
  let report;
  try {
    report = await restoreFrom(io.dataDir, args.file, { now: io.now });
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  io.out(`Restored ${args.file} as ${join(io.dataDir, DATABASE_FILE)}.`);
  if (report.keptAs) io.out(`Kept the database it replaced as ${report.keptAs}: delete it once you are sure of the restore.`);
  io.out(
    report.reapplied === 0
      ? 'No erasure had been recorded since the backup was made.'
      : `Applied again ${report.reapplied} erasure${report.reapplied === 1 ? '' : 's'} recorded since the backup was made (${report.erased} document${report.erased === 1 ? '' : 's'} in the backup erased).`,
  );
  io.out('The survey figures are counted afresh from the restored answers when the portal next starts. Start it again now.');
  return 0;
}

if (import.meta.main) {
  const { loadConfigOrExit } = await import('./lib.ts');
  const { clockFor } = await import('../src/clock/clock.ts');
  const config = loadConfigOrExit();
  const code = await main(process.argv.slice(2), {
    dataDir: config.dataDir,
    sanity: Boolean(config.sanity),
    now: clockFor(config),
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  });
  process.exit(code);
}
