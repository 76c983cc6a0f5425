import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { assertInside } from '../../../shared/node/contained-path';

/** Where a newsroom's photos live under its data directory. */
export interface MediaFolders {
  root: string;
  originals: string;
  web: string;
  thumbnails: string;
}

export type RenditionSize = 'web' | 'thumbnail';

export function mediaFolders(dataDir: string): MediaFolders {
  const root = join(dataDir, 'media');
  const folders = { root, originals: join(root, 'originals'), web: join(root, 'web'), thumbnails: join(root, 'thumbnails') };
  for (const folder of [folders.originals, folders.web, folders.thumbnails]) {
    mkdirSync(folder, { recursive: true });
    // A link from media/ to somewhere else would put photos (and their removal) outside the data directory.
    assertInside(dataDir, folder);
  }
  return folders;
}

export const originalPath = (folders: MediaFolders, id: string, extension: string) => join(folders.originals, `${id}.${extension}`);

export const renditionPath = (folders: MediaFolders, id: string, size: RenditionSize) =>
  join(size === 'web' ? folders.web : folders.thumbnails, `${id}.jpg`);

const TEMP_SUFFIX = '.tmp';

/**
 * Writes next to the target under a unique temp name, flushes, then renames: a crash never
 * leaves half a file under the final name, and two imports of the same photo never share a temp
 * file. Async, so the main process's event loop is free while the disk works. Returns whether
 * the file is new (it did not exist before), so a failed import removes only what it added.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<boolean> {
  const existed = existsSync(path);
  const temporary = `${path}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  try {
    const file = await open(temporary, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return !existed;
}

export const removeFiles = (paths: readonly string[]) => Promise.all(paths.map((path) => rm(path, { force: true })));

/** Removes temp files an interrupted import left behind (the app was closed or crashed mid-write). */
export function sweepTempFiles(folders: MediaFolders): number {
  let removed = 0;
  for (const folder of [folders.originals, folders.web, folders.thumbnails]) {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      rmSync(join(folder, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
