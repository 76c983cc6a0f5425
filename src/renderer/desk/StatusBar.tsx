import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishingStatus } from '../../shared/contract/contract';
import { formatClockTime } from '../../shared/text/newsroom-time';
import { newsdesk, unwrap } from '../api/newsdesk';
import type { SaveState } from '../authoring/save-state';

/** Save state on the left; online state and the publishing queue's length on the right. */
export function StatusBar({ saveState, revision }: { saveState: SaveState; revision: number }) {
  const { t } = useTranslation();
  const [publishing, setPublishing] = useState<PublishingStatus | null>(null);

  useEffect(() => {
    const load = () => unwrap(newsdesk().publishing.status({})).then(setPublishing, () => setPublishing(null));
    void load();
    const timer = setInterval(() => void load(), 5_000);
    return () => clearInterval(timer);
  }, [revision]);

  const text =
    saveState.kind === 'saved'
      ? t('save.savedAt', { time: formatClockTime(saveState.at) })
      : saveState.kind === 'idle'
        ? ''
        : t(`save.${saveState.kind}`);
  return (
    <footer className="statusbar">
      <span role="status" aria-live="polite">
        {text}
      </span>
      {publishing ? (
        <span className="statusbar__publishing" role="group" aria-label={t('queue.statusLabel')}>
          <span className={publishing.online ? 'statusbar__online' : 'statusbar__offline'}>
            ● {t(publishing.online ? 'queue.online' : 'queue.offline')}
          </span>
          {' · '}
          {t('queue.waiting', { count: publishing.waiting })}
        </span>
      ) : null}
    </footer>
  );
}
