import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleBody } from '../../shared/domain/article-body';
import type { Article } from '../../shared/domain/article';
import type { Category } from '../../shared/domain/category';
import type { RecoverableDraft } from '../../shared/domain/draft';
import type { Colleague, User } from '../../shared/domain/user';
import { availableActions, mayEditContent, mayEditPhotoText } from '../../shared/workflow/transitions';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';
import { BodyEditor } from '../editor/BodyEditor';
import { useAppCommand } from '../commands/app-commands';
import { usePublishTime } from '../i18n/ui-language';
import { StoryPanel } from '../workflow/StoryPanel';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { ArticleFields } from './ArticleFields';
import { ConflictPanel } from './ConflictPanel';
import { EditorToolbar, type EditorPanel } from './EditorToolbar';
import { HistoryPanel } from './HistoryPanel';
import { PreviewPanel } from './PreviewPanel';
import type { SaveState } from './save-state';
import { useArticleDraft } from './use-article-draft';

interface ArticleEditorProps {
  /** null for a new, not yet saved article. */
  articleId: string | null;
  active: boolean;
  /** Text recovered from the crash journal, to continue from instead of the stored fields. */
  recovered?: RecoverableDraft | null;
  user: User;
  colleagues: Colleague[];
  /** Called after every save or workflow step, with the story as the store now has it. */
  onSaved(article: Article): void;
  onSaveStateChange(state: SaveState): void;
}

/**
 * One open story: the draft (useArticleDraft) laid out as the workflow's actions, the notices,
 * a conflict's comparison, the toolbar, the open panel, the fields with the body, and the story's
 * panel beside them. Who may change what comes from the shared workflow rules.
 */
export function ArticleEditor({ articleId, active, recovered = null, user, colleagues, onSaved, onSaveStateChange }: ArticleEditorProps) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  const story = useArticleDraft({ articleId, recovered, onSaved, onSaveStateChange });
  const { draft, stored, error, setError, theirs, apply } = story;
  const [categories, setCategories] = useState<Category[]>([]);
  const [panel, setPanel] = useState<EditorPanel>('none');
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    unwrap(newsdesk().categories.list({})).then(setCategories, setError);
  }, [setError]);

  const onBodyChange = useCallback((body: ArticleBody) => apply({ body }), [apply]);

  // Lưu, Gửi duyệt and Xem trước from their keys or the menu, for the story on screen, and only
  // where its own buttons would allow them (the core checks again).
  const open = active && draft !== null;
  const editable = stored === null || mayEditContent(user, stored);
  const save = () => {
    if (editable) story.save();
  };
  useAppCommand('save', save, open);
  useAppCommand('preview', () => setPanel((current) => (current === 'preview' ? 'none' : 'preview')), open);
  useAppCommand(
    'submitForReview',
    () => void story.transition({ action: 'submit' }, editable),
    open && stored !== null && availableActions(user, stored).includes('submit'),
  );

  if (!active) return <main className="editor editor--empty">{t('article.nothingSelected')}</main>;
  if (!draft) return <main className="editor">{error ? <ErrorMessage error={error} onDismiss={() => setError(null)} /> : t('app.loading')}</main>;

  // A photographer may fix photos' texts in any unpublished story, even one they may not edit.
  const photoTextEditable = editable || (stored !== null && mayEditPhotoText(user, stored));
  const holder = stored?.holderId ? colleagues.find((colleague) => colleague.id === stored.holderId) : undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  return (
    <main className="editor">
      <div className="editor__column">
        {stored ? <WorkflowActions article={stored} user={user} onTransition={(input) => story.transition(input, editable)} /> : null}
        {!editable ? (
          <p className="editor__notice" role="note">
            {stored?.status === 'editing' && holder ? t('workflow.heldBy', { name: holder.displayName }) : t('workflow.readOnly')}
            {photoTextEditable ? ` ${t('workflow.photoTextOnly')}` : ''}
          </p>
        ) : null}
        {stored?.status === 'scheduled' && stored.publishAt ? (
          <p className="editor__notice">{t('workflow.scheduledFor', { time: formatPublishTime(stored.publishAt) })}</p>
        ) : null}
        {theirs ? <ConflictPanel mine={draft} theirs={theirs} onKeepMine={() => story.keepMine(theirs)} onUseTheirs={() => story.reload(theirs)} /> : null}
        <form className="editor__form" aria-label={t('article.formLabel')} onSubmit={onSubmit}>
          <EditorToolbar
            category={draft.category}
            categories={categories}
            status={stored?.status ?? null}
            editable={editable}
            panel={panel}
            onCategoryChange={(category) => apply({ category })}
            onTogglePanel={(which) => setPanel((current) => (current === which ? 'none' : which))}
          />
          <ErrorMessage error={error} onDismiss={() => setError(null)} />
          {notice ? (
            <p className="notice" aria-live="polite">
              {notice}{' '}
              <button type="button" className="button" onClick={() => setNotice(null)}>
                {t('errors.dismiss')}
              </button>
            </p>
          ) : null}
          {panel === 'preview' ? <PreviewPanel draft={draft} publishedAt={stored?.updatedAt ?? new Date().toISOString()} /> : null}
          {panel === 'history' && stored ? <HistoryPanel article={stored} refreshKey={story.historyRefresh} onRestored={story.restored} /> : null}
          <ArticleFields
            draft={draft}
            editable={editable}
            onChange={apply}
            body={
              <BodyEditor
                key={story.bodyGeneration}
                initialBody={draft.body}
                editable={editable}
                photoTextEditable={photoTextEditable}
                onChange={onBodyChange}
                onNotice={setNotice}
              />
            }
          />
        </form>
      </div>
      {stored ? <StoryPanel articleId={stored.id} version={stored.version} colleagues={colleagues} /> : null}
    </main>
  );
}
