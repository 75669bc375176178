// The small file-system steps the durable files share: reading a file that may not exist yet, writing one whole or not
// at all, and making a new file's directory entry survive a crash.
import { dirname } from 'node:path';
import { open, readFile, rename } from 'node:fs/promises';

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

/** Write a file so that it is either all there or not there at all, and durable (name included) once this resolves. */
export async function writeFileDurably(path: string, content: string): Promise<void> {
  // The process id keeps two processes writing the same file from sharing (and truncating) one temporary file.
  const tmp = `${path}.${process.pid}.tmp`;
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(content, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  await syncDirectory(dirname(path));
}
