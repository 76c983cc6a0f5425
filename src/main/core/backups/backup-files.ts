import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { BACKUP_KINDS, type BackupKind, type BackupSummary } from '../../../shared/domain/backup';
import { writeFileAtomic } from '../publishing/atomic-file';

/**
 * A backup is two files in `<dataDir>/backups`: `<id>.sqlite`, a whole database made by SQLite's
 * online backup API, and `<id>.json`, its manifest, written last (a backup without one is
 * unfinished and ignored). Photos are not copied: they are content-addressed and never rewritten,
 * so the manifest names the originals the database refers to.
 */
export interface BackupManifest {
  kind: BackupKind;
  createdAt: string;
  bytes: number;
  schemaVersion: number;
  /** `change_log`'s last sequence number at the time: "has anything changed since?" */
  changeMark: number;
  /** Media ids (the sha256 of each original) the database refers to. */
  photos: string[];
}

export const backupFolder = (dataDir: string): string => join(dataDir, 'backups');
export const backupDatabasePath = (dataDir: string, id: string): string => join(backupFolder(dataDir), `${id}.sqlite`);
const manifestPath = (dataDir: string, id: string): string => join(backupFolder(dataDir), `${id}.json`);

/** A sortable, file-name-safe id: the time (UTC) and the kind. */
export const backupId = (createdAt: Date, kind: BackupKind): string => `${createdAt.toISOString().replace(/[:.]/g, '-')}-${kind}`;

const ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(hourly|daily|manual|before-restore)$/;
export const isBackupId = (id: string): boolean => ID_PATTERN.test(id);

function readManifest(dataDir: string, id: string): BackupManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(dataDir, id), 'utf8')) as BackupManifest;
    return BACKUP_KINDS.includes(manifest.kind) && Array.isArray(manifest.photos) ? manifest : null;
  } catch {
    return null;
  }
}

export function writeManifest(dataDir: string, id: string, manifest: BackupManifest): void {
  writeFileAtomic(manifestPath(dataDir, id), `${JSON.stringify(manifest, null, 1)}\n`);
}

const originalsPresent = (dataDir: string): Set<string> => {
  const folder = join(dataDir, 'media', 'originals');
  if (!existsSync(folder)) return new Set();
  return new Set(readdirSync(folder).map((name) => name.split('.')[0] ?? ''));
};

/** Every finished backup, newest first, with its manifest. */
export function readBackups(dataDir: string): { id: string; manifest: BackupManifest }[] {
  const folder = backupFolder(dataDir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.sqlite') && isBackupId(name.slice(0, -'.sqlite'.length)))
    .map((name) => name.slice(0, -'.sqlite'.length))
    .flatMap((id) => {
      const manifest = readManifest(dataDir, id);
      return manifest ? [{ id, manifest }] : [];
    })
    .sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt) || b.id.localeCompare(a.id));
}

export function listBackups(dataDir: string): BackupSummary[] {
  const present = originalsPresent(dataDir);
  return readBackups(dataDir).map(({ id, manifest }) => ({
    id,
    kind: manifest.kind,
    createdAt: manifest.createdAt,
    bytes: manifest.bytes,
    photoCount: manifest.photos.length,
    missingPhotos: manifest.photos.filter((photo) => !present.has(photo)).length,
  }));
}

export function removeBackup(dataDir: string, id: string): void {
  rmSync(manifestPath(dataDir, id), { force: true }); // first: without it the backup no longer counts
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${backupDatabasePath(dataDir, id)}${suffix}`, { force: true });
}

/** `PRAGMA quick_check` on a database file, read-only; the problem in words, or null when it is sound. */
export function databaseProblem(file: string): string | null {
  if (!existsSync(file)) return 'the file is missing';
  let db: InstanceType<typeof DatabaseConstructor> | null = null;
  try {
    db = new DatabaseConstructor(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok' ? null : rows.map((row) => row.quick_check).slice(0, 5).join('; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/** The newest backup whose database passes the check: what the app offers after a corruption. */
export function newestGoodBackup(dataDir: string): BackupSummary | null {
  return listBackups(dataDir).find((backup) => databaseProblem(backupDatabasePath(dataDir, backup.id)) === null) ?? null;
}

/**
 * Moves a database and its WAL and shared-memory files into `<dataDir>/damaged/<stamp>/`: a damaged
 * or replaced file is never deleted, so someone can still try to rescue text from it.
 */
export function moveDatabaseAside(dataDir: string, file: string, now: Date): string {
  const folder = join(dataDir, 'damaged', now.toISOString().replace(/[:.]/g, '-'));
  mkdirSync(folder, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, join(folder, `${file.split(/[\\/]/).pop()}${suffix}`));
  }
  return folder;
}

export const fileBytes = (file: string): number => statSync(file).size;
