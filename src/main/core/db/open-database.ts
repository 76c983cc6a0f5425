import { existsSync } from 'node:fs';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import type { Logger } from '../../../shared/node/logger';
import { databaseProblem } from '../backups/backup-files';
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion } from './migrate';
import { INDEX_REBUILDS, runPendingRebuilds, type IndexRebuilds } from './index-rebuilds';
import type { Migration } from './migration';

/**
 * Reads the schema version through a read-only connection, so that a database from a newer
 * Newsdesk is refused before anything could write to it (even setting WAL mode or checkpointing
 * on close would change the file).
 */
function refuseNewerDatabase(file: string, supported: number): void {
  if (!existsSync(file)) return;
  const probe = new DatabaseConstructor(file, { readonly: true, fileMustExist: true });
  try {
    const found = schemaVersion(probe);
    if (found > supported) throw new DatabaseTooNewError(file, found, supported);
  } finally {
    probe.close();
  }
}

/** The database file failed its check at start-up; nothing was opened for writing and nothing moved. */
export class DatabaseCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`Newsdesk will not open ${file}: the file is damaged (${problem}). It was not changed.`);
    this.name = 'DatabaseCorruptError';
  }
}

/**
 * `PRAGMA quick_check` reads every page before anything writes: a damaged file is refused, never
 * opened silently (SQLite would otherwise fail only when a query reached a bad page, or worse, write
 * new pages next to it). Costs one read of the file at start-up.
 */
function refuseDamagedDatabase(file: string): void {
  if (!existsSync(file)) return;
  const problem = databaseProblem(file);
  if (problem) throw new DatabaseCorruptError(file, problem);
}

/**
 * The migrations, then the index rebuilds they asked for (on the finished schema, with the live
 * code). Also run after a restore, which may bring back an older schema.
 */
export function upgradeSchema(db: Database, migrations: readonly Migration[], logger: Logger, rebuilds: IndexRebuilds = INDEX_REBUILDS): void {
  migrate(db, migrations, logger);
  runPendingRebuilds(db, logger, rebuilds);
}

export function openDatabase(
  file: string,
  migrations: readonly Migration[],
  logger: Logger,
  rebuilds: IndexRebuilds = INDEX_REBUILDS,
): Database {
  refuseDamagedDatabase(file);
  refuseNewerDatabase(file, latestVersion(migrations));
  const db = new DatabaseConstructor(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode (see "Durability" in docs/ARCHITECTURE.md): a commit is in the WAL file
    // before it returns, so it survives the app crashing or being killed (tests/chaos, 50 SIGKILLs);
    // only a power cut can lose the last commits since a checkpoint, and never corrupts the file.
    // FULL's fsync per commit was the main cause of event-loop lag in main
    // (bench/responsiveness.bench.ts), which every window's typing and IPC waits on.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    upgradeSchema(db, migrations, logger, rebuilds);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
