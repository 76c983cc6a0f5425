import { dialog } from 'electron';
import { newestGoodBackup } from './core/backups/backup-files';
import { replaceDamagedDatabase } from './core/backups/backup-store';
import type { Logger } from '../shared/node/logger';
import type { Language } from '../shared/domain/language';
import { formatPublishTime } from '../shared/text/newsroom-time';
import en from '../renderer/locales/en.json';
import vi from '../renderer/locales/vi.json';

/**
 * The database failed its check at start-up (DatabaseCorruptError). The user is told plainly, in
 * their UI language, and offered the newest backup that passes the same check. Restoring moves
 * the damaged files aside (never deletes them) and copies the backup in; declining quits with
 * nothing changed. Returns whether the caller may try opening again.
 */
export async function offerBackupForDamagedDatabase(options: {
  dataDir: string;
  databaseFile: string;
  language: Language;
  logger: Logger;
}): Promise<boolean> {
  const text = (options.language === 'en' ? en : vi).startup;
  const backup = newestGoodBackup(options.dataDir);
  options.logger.error('database damaged at start-up', { backupOffered: backup?.id ?? null });
  if (!backup) {
    await dialog.showMessageBox({ type: 'error', message: text.damagedTitle, detail: `${text.damagedDetail}\n\n${text.damagedNoBackup}`, buttons: [text.quitButton] });
    return false;
  }
  const { response } = await dialog.showMessageBox({
    type: 'error',
    message: text.damagedTitle,
    detail: `${text.damagedDetail}\n\n${text.damagedOffer.replace('{{time}}', formatPublishTime(backup.createdAt))}`,
    buttons: [text.restoreButton, text.quitButton],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return false;
  const aside = replaceDamagedDatabase(options.dataDir, options.databaseFile, backup, new Date());
  options.logger.warn('damaged database replaced by a backup', { backup: backup.id, movedTo: aside });
  return true;
}
