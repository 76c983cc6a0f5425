import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../shared/domain/article-status';
import type { Category } from '../../shared/domain/category';
import { CategoryOptions } from '../components/CategoryOptions';
import { useShortcutHint } from '../commands/shortcut-hint';

/** The panel open beside the fields: none, Xem trước or Lịch sử. */
export type EditorPanel = 'none' | 'preview' | 'history';

interface EditorToolbarProps {
  category: string;
  categories: Category[];
  /** The stored story's status; null for a story not saved yet. */
  status: ArticleStatus | null;
  /** Whether this user may change the story's text (else: no Lưu, the category is read only). */
  editable: boolean;
  panel: EditorPanel;
  onCategoryChange(category: string): void;
  onTogglePanel(panel: Exclude<EditorPanel, 'none'>): void;
}

/** The editor's header: Chuyên mục, the story's status, Lưu (a submit: Ctrl+S too), Xem trước (Ctrl+Shift+P) and Lịch sử. */
export function EditorToolbar({ category, categories, status, editable, panel, onCategoryChange, onTogglePanel }: EditorToolbarProps) {
  const { t } = useTranslation();
  const hint = useShortcutHint();
  return (
    <div className="editor__toolbar">
      <label className="field field--inline">
        <span className="field__label">{t('article.category')}</span>
        <select value={category} disabled={!editable} onChange={(event) => onCategoryChange(event.target.value)}>
          <CategoryOptions categories={categories} emptyLabel={t('article.noCategory')} />
        </select>
      </label>
      {status ? <span className="editor__status">{t(`status.${status}`)}</span> : null}
      {editable ? (
        <button
          type="submit"
          className="button button--primary"
          {...hint('save', t('article.save'))}
        >
          {t('article.save')}
        </button>
      ) : null}
      <button
        type="button"
        className="button"
        aria-pressed={panel === 'preview'}
        {...hint('preview', t('authoring.preview'))}
        onClick={() => onTogglePanel('preview')}
      >
        {t('authoring.preview')}
      </button>
      <button type="button" className="button" aria-pressed={panel === 'history'} disabled={status === null} onClick={() => onTogglePanel('history')}>
        {t('authoring.history.title')}
      </button>
    </div>
  );
}
