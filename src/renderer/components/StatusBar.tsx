import { useTranslation } from 'react-i18next';
import { formatClockTime } from '../../shared/text/newsroom-time';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' };

export function StatusBar({ saveState }: { saveState: SaveState }) {
  const { t } = useTranslation();
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
    </footer>
  );
}
