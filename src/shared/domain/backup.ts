/** Why a backup was made: the rolling hourly and daily ones, the admin's "Sao lưu ngay", or the copy taken before a restore. */
export const BACKUP_KINDS = ['hourly', 'daily', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** One backup as Cài đặt lists it. */
export interface BackupSummary {
  /** The file's name without `.sqlite`, e.g. `2026-12-03T11-32-41-000Z-hourly`: also its id in calls. */
  id: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
  /** The photos (content-addressed originals) this backup's database refers to. */
  photoCount: number;
  /** How many of them are missing from the media folder now (a restore would show them broken). */
  missingPhotos: number;
}
