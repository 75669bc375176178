// The small file-system steps the durable journals share: reading a file that may not exist yet, and making a new
// file's directory entry survive a crash.
import { open, readFile } from 'node:fs/promises';

/** The file's bytes, or undefined when it does not exist yet (any other error is thrown). */
export async function readFileIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** fsync a directory, so a file just created or renamed in it is still there after a crash. */
export async function syncDirectory(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } catch {
    // Not every platform can fsync a directory (Windows, some network file systems); the file's own fsync is the best they offer.
  } finally {
    await fh.close();
  }
}
