import type { Newsroom } from '../newsroom';
import type { Handlers } from './handlers';

type BackupCall = 'backups.list' | 'backups.create' | 'backups.restore';

/** Cài đặt → Sao lưu: the admin's backups, mapped onto the core's backup store. */
export function createBackupHandlers(newsroom: Newsroom): Pick<Handlers, BackupCall> {
  return {
    'backups.list': () => newsroom.backups.list(),
    'backups.create': () => newsroom.backups.create('manual'),
    'backups.restore': ({ id }) => newsroom.backups.restore(id),
  };
}
