import { z } from 'zod';
import type { BackupSummary } from '../../domain/backup';
import { ADMIN_ROLES } from '../../domain/roles';
import { call } from '../call-spec';

/** A backup's id as `backups.list` gives it: its time and kind, nothing that could name another path. */
const BackupIdSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(hourly|daily|manual|before-restore)$/);

/** Backups of the newsroom's database, for the admin (Cài đặt → Sao lưu). */
export const backupsCalls = {
  'backups.list': call(z.strictObject({})).returns<BackupSummary[]>().access(ADMIN_ROLES),
  /** "Sao lưu ngay". */
  'backups.create': call(z.strictObject({})).returns<BackupSummary>().access(ADMIN_ROLES),
  /** "Khôi phục từ bản sao lưu": the current data is kept first as a `before-restore` backup. */
  'backups.restore': call(z.strictObject({ id: BackupIdSchema }))
    .returns<{ restored: BackupSummary; safetyCopy: BackupSummary }>()
    .access(ADMIN_ROLES),
};
