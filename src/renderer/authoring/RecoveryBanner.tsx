import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoverableDraft } from '../../shared/domain/draft';
import { formatClockTime } from '../../shared/text/newsroom-time';
import { newsdesk, unwrap } from '../api/newsdesk';

/**
 * After a crash: the journaled text that never reached a save, offered back to the reporter.
 * Nothing is restored or thrown away without their click.
 */
export function RecoveryBanner({ onRecover }: { onRecover(draft: RecoverableDraft): void }) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<RecoverableDraft[]>([]);

  useEffect(() => {
    unwrap(newsdesk().drafts.recoverable({})).then(setDrafts, () => setDrafts([]));
  }, []);

  if (drafts.length === 0) return null;
  const remove = (key: string) => setDrafts((current) => current.filter((draft) => draft.key !== key));

  return (
    <section className="recovery" role="region" aria-label={t('authoring.recovery.title')}>
      <p>{t('authoring.recovery.intro')}</p>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.key}>
            {t('authoring.recovery.entry', {
              headline: draft.fields.headline || t('list.untitled'),
              time: formatClockTime(draft.writtenAt),
            })}{' '}
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                remove(draft.key);
                onRecover(draft);
              }}
            >
              {t('authoring.recovery.recover')}
            </button>{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                remove(draft.key);
                void unwrap(newsdesk().drafts.discard({ key: draft.key }));
              }}
            >
              {t('authoring.recovery.discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
