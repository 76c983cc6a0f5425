import { closeSync, openSync, rmSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type ErrorCode } from '../../shared/errors';

/** The codes a refused write to the data folder is reported as (vi and en text in the locales). */
export type StorageErrorCode = Extract<ErrorCode, 'disk_full' | 'read_only' | 'disk_error'>;

/**
 * Node's fs errors (`error.code`) and SQLite's result codes (better-sqlite3's `SqliteError.code`,
 * the extended code's name) that mean the disk refused a write. SQLite reports a full disk as
 * SQLITE_FULL, but a file system the kernel turned read-only under an open database as
 * SQLITE_IOERR_WRITE (its file is still open for writing): IOERR (a failing disk unless the folder
 * says otherwise) and CANTOPEN (only if the folder says so) are decided by looking at the folder.
 */
const BY_CODE: Readonly<Record<string, StorageErrorCode | 'look' | 'look-only'>> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  SQLITE_FULL: 'disk_full',
  EROFS: 'read_only',
  EACCES: 'read_only',
  SQLITE_READONLY: 'read_only',
  EIO: 'look',
  SQLITE_IOERR: 'look',
  // A backup's new file on a read-only disk; but also a missing folder, which is no disk's fault.
  SQLITE_CANTOPEN: 'look-only',
};

const MESSAGES: Record<StorageErrorCode, string> = {
  disk_full: 'The disk holding the data folder is full; nothing was changed',
  read_only: 'The data folder cannot be written (read-only); nothing was changed',
  disk_error: 'The disk holding the data folder failed to read or write; nothing was changed',
};

/** The code's family: SQLITE_READONLY_DBMOVED is SQLITE_READONLY, SQLITE_IOERR_FSYNC is SQLITE_IOERR. */
function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const family = /^(SQLITE_[A-Z]+)_/.exec(code)?.[1];
  return BY_CODE[code] ? code : family && BY_CODE[family] ? family : null;
}

/**
 * An I/O error does not say why; the folder does. Access checks are not enough: ext4 turned
 * read-only by an error ("emergency_ro") still passes access(W_OK), so a file is really created.
 */
function lookAtFolder(dataDir: string): StorageErrorCode | null {
  const probe = join(dataDir, `.newsdesk-write-check-${process.pid}`);
  try {
    closeSync(openSync(probe, 'w'));
    rmSync(probe, { force: true });
  } catch (error) {
    const found = BY_CODE[(error as NodeJS.ErrnoException).code ?? ''];
    if (found === 'disk_full' || found === 'read_only') return found;
    return 'disk_error';
  }
  try {
    if (statfsSync(dataDir).bavail === 0) return 'disk_full';
  } catch {
    // The folder cannot even be looked at: that is a disk error too.
    return 'disk_error';
  }
  return null;
}

/**
 * The typed error for a write the disk refused (full, read-only, failing), or null for anything
 * else. The router calls it for every failure that is not already an AppError, so every call that
 * writes (a save, the journal, a photo, a backup) reports the disk's state in the user's language.
 * Follows `cause` in case a library wrapped the original error.
 */
export function storageError(error: unknown, dataDir: string): AppError | null {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) {
    const code = codeOf(current);
    if (!code) continue;
    const found = BY_CODE[code];
    const looked = found === 'look' || found === 'look-only' ? lookAtFolder(dataDir) : found;
    const storage = looked ?? (found === 'look' ? 'disk_error' : null);
    if (!storage) continue;
    return new AppError({ code: storage, message: `${MESSAGES[storage]} (${code})` });
  }
  return null;
}
