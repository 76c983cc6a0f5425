import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../shared/domain/backup';
import { formatPublishTime } from '../../shared/text/newsroom-time';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAdminList } from './use-admin-list';

const listBackups = () => unwrap(newsdesk().backups.list({}));
const megabytes = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);

/**
 * Sao lưu (admin): the rolling backups main makes by itself, "Sao lưu ngay", and "Khôi phục từ bản
 * sao lưu" with a confirmation step. Main keeps the current data as a backup before restoring, and
 * the notice names it, so a restore is never a one-way step.
 */
export function BackupsAdmin() {
  const { t } = useTranslation();
  const { items: backups, error, clearError, attempt } = useAdminList<BackupSummary>(listBackups);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);

  const backUpNow = () =>
    void attempt(async () => {
      const made = await unwrap(newsdesk().backups.create({}));
      setNotice(t('backups.made', { time: formatPublishTime(made.createdAt) }));
    });

  const restore = (backup: BackupSummary) =>
    void attempt(async () => {
      const { restored, safetyCopy } = await unwrap(newsdesk().backups.restore({ id: backup.id }));
      setConfirming(null);
      setNotice(t('backups.restored', { time: formatPublishTime(restored.createdAt), safetyTime: formatPublishTime(safetyCopy.createdAt) }));
    });

  return (
    <section className="backups" aria-labelledby="backups-title">
      <h4 id="backups-title">{t('backups.title')}</h4>
      <p className="list__hint">{t('backups.hint')}</p>
      <ErrorMessage error={error} onDismiss={clearError} />
      {notice ? <p role="status">{notice}</p> : null}
      <button type="button" className="button" onClick={backUpNow}>
        {t('backups.backupNow')}
      </button>
      {backups.length === 0 ? <p className="list__hint">{t('backups.empty')}</p> : null}
      <ul className="backups__list" aria-label={t('backups.title')}>
        {backups.map((backup) => (
          <li key={backup.id}>
            {t('backups.item', {
              time: formatPublishTime(backup.createdAt),
              kind: t(`backups.kinds.${backup.kind}`),
              size: t('backups.size', { value: megabytes(backup.bytes) }),
              photos: backup.photoCount,
            })}
            {backup.missingPhotos > 0 ? ` · ${t('backups.missingPhotos', { count: backup.missingPhotos })}` : ''}
            <button type="button" className="button" onClick={() => setConfirming(backup)}>
              {t('backups.restore')}
            </button>
          </li>
        ))}
      </ul>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="backups-confirm" className="backups__confirm">
          <p id="backups-confirm">{t('backups.restoreConfirm', { time: formatPublishTime(confirming.createdAt) })}</p>
          <button type="button" className="button button--primary" onClick={() => restore(confirming)}>
            {t('backups.restore')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            {t('backups.cancel')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
