import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

/** Cài đặt → Sao lưu: the admin's backups, mapped onto the core's backup store. */
export function createBackupsHandlers(newsroom: Newsroom): NamespaceHandlers<'backups'> {
  return {
    'backups.list': () => newsroom.backups.list(),
    'backups.create': () => newsroom.backups.create('manual'),
    'backups.restore': ({ id }) => newsroom.backups.restore(id),
  };
}
