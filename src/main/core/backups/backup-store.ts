import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import type { BackupKind, BackupSummary } from '../../../shared/domain/backup';
import { notFoundError, validationError } from '../../../shared/errors';
import type { Clock } from '../../../shared/clock';
import { schemaVersion } from '../db/migrate';
import type { Logger } from '../../../shared/node/logger';
import {
  backupDatabasePath,
  backupFolder,
  backupId,
  databaseProblem,
  fileBytes,
  listBackups,
  moveDatabaseAside,
  readBackups,
  removeBackup,
  writeManifest,
} from './backup-files';
import { backupsToRemove, DAY_MS, HOUR_MS } from './backup-retention';

export interface BackupStore {
  /** A backup now (the online backup API: the app keeps working while pages are copied). */
  create(kind: BackupKind): Promise<BackupSummary>;
  list(): BackupSummary[];
  /**
   * The rolling schedule, called every few minutes while the app runs: an hourly backup when the
   * last one is an hour old and something changed since, and the first backup of each day as a daily.
   */
  tick(): Promise<BackupSummary[]>;
  /** Puts a backup's data back into the open database, after keeping today's as `before-restore`. */
  restore(id: string): Promise<{ restored: BackupSummary; safetyCopy: BackupSummary }>;
}

export interface BackupStoreOptions {
  db: Database;
  dataDir: string;
  databaseFile: string;
  clock: Clock;
  logger: Logger;
  /** Brings a restored (possibly older) schema up to date: the migrations. */
  afterRestore(): void;
  /** The newest schema this code understands: a backup from a newer Newsdesk is refused. */
  supportedSchema: number;
}

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { db, dataDir, clock, logger } = options;
  const changeMark = (): number => (db.prepare('SELECT coalesce(max(seq), 0) AS mark FROM change_log').get() as { mark: number }).mark;
  const photoIds = (copy: Database): string[] => (copy.prepare('SELECT id FROM media ORDER BY id').pluck().all() as string[]);
  let running: Promise<unknown> = Promise.resolve();
  /** One backup or restore at a time: a tick and a click never copy over each other. */
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = running.then(work, work);
    running = next.catch(() => undefined);
    return next;
  };

  const summaryOf = (id: string): BackupSummary => {
    const found = listBackups(dataDir).find((backup) => backup.id === id);
    if (!found) throw notFoundError(`backup ${id} not found`);
    return found;
  };

  const prune = (): void => {
    const all = readBackups(dataDir).map(({ id, manifest }) => ({ id, kind: manifest.kind, createdAt: manifest.createdAt, bytes: manifest.bytes }));
    for (const old of backupsToRemove(all, clock.now())) removeBackup(dataDir, old.id);
  };

  const create = async (kind: BackupKind): Promise<BackupSummary> => {
    const createdAt = clock.now();
    const id = backupId(createdAt, kind);
    mkdirSync(backupFolder(dataDir), { recursive: true });
    const final = backupDatabasePath(dataDir, id);
    const temp = `${final}.partial`;
    const mark = changeMark();
    try {
      await db.backup(temp);
      const copy = new DatabaseConstructor(temp);
      let photos: string[];
      let version: number;
      try {
        // The copy carries the live file's WAL flag; a backup is one self-contained file instead.
        copy.pragma('journal_mode = DELETE');
        const check = copy.pragma('quick_check', { simple: true });
        if (check !== 'ok') throw new Error(`the new backup failed its check: ${String(check)}`);
        photos = photoIds(copy);
        version = schemaVersion(copy);
      } finally {
        copy.close();
      }
      renameSync(temp, final);
      writeManifest(dataDir, id, { kind, createdAt: createdAt.toISOString(), bytes: fileBytes(final), schemaVersion: version, changeMark: mark, photos });
    } catch (error) {
      // Out of disk space (or a read-only folder) half-way: no partial copy and no backup without
      // its manifest are left taking up the space.
      rmSync(temp, { force: true });
      rmSync(final, { force: true });
      throw error;
    }
    logger.info('backup made', { kind, id });
    prune();
    return summaryOf(id);
  };

  const due = (): BackupKind[] => {
    const backups = readBackups(dataDir);
    const now = clock.now().getTime();
    const newest = (kinds: BackupKind[]) => backups.find((backup) => kinds.includes(backup.manifest.kind));
    const kinds: BackupKind[] = [];
    const lastDaily = newest(['daily']);
    if (!lastDaily || now - Date.parse(lastDaily.manifest.createdAt) >= DAY_MS) kinds.push('daily');
    const last = newest(['hourly', 'daily', 'manual']);
    const changed = !last || changeMark() !== last.manifest.changeMark;
    if (!kinds.includes('daily') && changed && (!last || now - Date.parse(last.manifest.createdAt) >= HOUR_MS)) kinds.push('hourly');
    return kinds;
  };

  return {
    create: (kind) => serially(() => create(kind)),
    list: () => listBackups(dataDir),
    tick: () =>
      serially(async () => {
        const made: BackupSummary[] = [];
        for (const kind of due()) made.push(await create(kind));
        return made;
      }),
    restore: (id) =>
      serially(async () => {
        const restored = summaryOf(id);
        const source = backupDatabasePath(dataDir, id);
        const problem = databaseProblem(source);
        if (problem) throw validationError(`backup ${id} is damaged and cannot be restored: ${problem}`);
        const backupSchema = readBackups(dataDir).find((backup) => backup.id === id)?.manifest.schemaVersion ?? 0;
        if (backupSchema > options.supportedSchema) throw validationError(`backup ${id} was made by a newer Newsdesk (schema ${backupSchema})`);
        const safetyCopy = await create('before-restore');
        // SQLite's backup API in the other direction: the open connection sees the restored pages
        // at its next statement, so no store has to be rebuilt and no window restarted.
        const reader = new DatabaseConstructor(source, { readonly: true, fileMustExist: true });
        try {
          await reader.backup(options.databaseFile);
        } finally {
          reader.close();
        }
        options.afterRestore();
        logger.warn('backup restored', { id, safetyCopy: safetyCopy.id });
        return { restored, safetyCopy };
      }),
  };
}

/**
 * At start-up, after the database failed its check: the damaged files go aside (never deleted) and
 * a copy of the chosen backup takes their place. Returns the folder the damaged files went to.
 */
export function replaceDamagedDatabase(dataDir: string, databaseFile: string, backup: BackupSummary, now: Date): string {
  const source = backupDatabasePath(dataDir, backup.id);
  const problem = databaseProblem(source);
  if (problem) throw validationError(`backup ${backup.id} is damaged too: ${problem}`);
  const aside = moveDatabaseAside(dataDir, databaseFile, now);
  copyFileSync(source, `${databaseFile}.restoring`);
  renameSync(`${databaseFile}.restoring`, databaseFile);
  return aside;
}
