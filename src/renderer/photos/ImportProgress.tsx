import { useTranslation } from 'react-i18next';
import { useErrorText } from '../components/ErrorMessage';
import type { ImportItem, ImportItemState } from './use-photo-import';

interface ImportProgressProps {
  items: ImportItem[];
  done: number;
  running: boolean;
  onDismiss(): void;
}

/** The import's progress bar and one line per file: imported, already in the library, or why not. */
export function ImportProgress({ items, done, running, onDismiss }: ImportProgressProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const failed = items.filter((item) => item.state.status === 'failed').length;
  return (
    <section className="import-progress" aria-label={t('photos.import.label')}>
      <div className="import-progress__head">
        <label className="import-progress__bar">
          <span>{running ? t('photos.import.running', { done, total: items.length }) : t('photos.import.finished', { done, total: items.length, failed })}</span>
          <progress max={items.length} value={done} />
        </label>
        {running ? null : (
          <button type="button" className="button" onClick={onDismiss}>
            {t('errors.dismiss')}
          </button>
        )}
      </div>
      <ol className="import-progress__files">
        {items.map((item, index) => (
          <li key={index} className={`import-progress__file import-progress__file--${item.state.status}`}>
            <span className="import-progress__name">{item.name}</span>
            <FileState state={item.state} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One file's outcome in words: imported, already in the library, or why it was not. */
function FileState({ state }: { state: ImportItemState }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return <span className="import-progress__state">{state.status === 'failed' ? errorText(state.error) : t(`photos.import.status.${state.status}`)}</span>;
}
