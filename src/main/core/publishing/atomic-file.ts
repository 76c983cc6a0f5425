import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMP_PREFIX = '.newsdesk-tmp-';

/**
 * Writes a file so that a reader (or a crash) sees either the old file or the new one, never half
 * of either: write a temp file in the same folder, flush it to disk, rename it over the target,
 * then flush the folder so the rename itself survives a power cut.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, mode = 0o644): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `${TEMP_PREFIX}${basename(path)}.${randomBytes(6).toString('hex')}`);
  try {
    const file = openSync(temp, 'w', mode);
    try {
      writeSync(file, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(file);
    } finally {
      closeSync(file);
    }
    renameSync(temp, path);
  } catch (error) {
    // A full disk stops the write half-way: the old file stays, and so must no half-written temp.
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(folder);
}

function syncFolder(folder: string): void {
  let handle: number | null = null;
  try {
    handle = openSync(folder, 'r');
    fsyncSync(handle);
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename is still atomic there.
  } finally {
    if (handle !== null) closeSync(handle);
  }
}

/** Removes temp files a crash left behind in `folder` and below. Returns how many. */
export function removeStaleTempFiles(folder: string): number {
  let removed = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.startsWith(TEMP_PREFIX)) {
      rmSync(join(entry.parentPath, entry.name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

/** Whether a name is one of our temp files (never served, never listed). */
export const isTempFile = (name: string): boolean => name.startsWith(TEMP_PREFIX);
