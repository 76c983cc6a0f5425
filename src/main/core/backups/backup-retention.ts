import type { BackupKind } from '../../../shared/domain/backup';

/** How many of each kind are kept; older ones are removed after every new backup. */
export const BACKUP_RETENTION = {
  /** Hourly while the newsroom is in use: a day's worth. */
  hourly: 24,
  /** One a day, for 14 days. */
  daily: 14,
  manual: 10,
  'before-restore': 5,
} as const satisfies Record<BackupKind, number>;

/** Every backup together stays under this many bytes (the oldest go first; the newest always stays). */
export const BACKUP_BYTES_LIMIT = 4 * 1024 ** 3;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export interface KeptBackup {
  id: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

/**
 * Which backups to remove, newest first in `backups`: beyond the count kept per kind, daily ones
 * older than 14 days, then the oldest while the total is over the byte limit (never the newest).
 */
export function backupsToRemove(backups: readonly KeptBackup[], now: Date, bytesLimit = BACKUP_BYTES_LIMIT): KeptBackup[] {
  const seen: Record<BackupKind, number> = { hourly: 0, daily: 0, manual: 0, 'before-restore': 0 };
  const remove = new Set<KeptBackup>();
  for (const backup of backups) {
    seen[backup.kind] += 1;
    const tooOld = backup.kind === 'daily' && now.getTime() - Date.parse(backup.createdAt) > BACKUP_RETENTION.daily * DAY_MS;
    if (seen[backup.kind] > BACKUP_RETENTION[backup.kind] || tooOld) remove.add(backup);
  }
  let total = backups.filter((backup) => !remove.has(backup)).reduce((sum, backup) => sum + backup.bytes, 0);
  for (const backup of [...backups].reverse()) {
    if (total <= bytesLimit || backup === backups[0]) break;
    if (remove.has(backup)) continue;
    remove.add(backup);
    total -= backup.bytes;
  }
  return backups.filter((backup) => remove.has(backup));
}
