import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain/article';
import type { ArticleBody } from '../../shared/domain/article-body';
import type { Category } from '../../shared/domain/category';
import type { RecoverableDraft } from '../../shared/domain/draft';
import type { Colleague, User } from '../../shared/domain/user';
import { bodyText, storyTexts } from '../../shared/editor/body-text';
import { AppError } from '../../shared/errors';
import { SOFT_LIMITS } from '../../shared/text/length-limits';
import { onMac, usePublishTime } from '../i18n/ui-language';
import { ariaShortcut, isShortcut, shortcutLabel } from '../../shared/ui/shortcuts';
import { slugFromHeadline } from '../../shared/text/slug';
import { mayEditContent, mayEditPhotoText } from '../../shared/workflow/transitions';
import { newsdesk, unwrap } from '../api/newsdesk';
import { AutosaveController, type SaveEvent } from './autosave-controller';
import { BylineFields } from './BylineFields';
import { CountLine } from './CountLine';
import { draftOf, emptyDraft, slugFollowsHeadline, type Draft } from './draft';
import { HistoryPanel } from './HistoryPanel';
import { MetaFields } from './MetaFields';
import { PreviewPanel } from './PreviewPanel';
import { BodyEditor } from '../editor/BodyEditor';
import { StoryPanel } from '../workflow/StoryPanel';
import { WorkflowActions, type TransitionInput } from '../workflow/WorkflowActions';
import { CategoryOptions } from '../components/CategoryOptions';
import { ConflictPanel, type ConflictField } from './ConflictPanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { ImeSafeInput } from '../components/ImeSafeInput';
import { saveStateOf, type SaveState } from './save-state';

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

type Panel = 'none' | 'preview' | 'history';

/** The texts of a draft, side by side with a newer stored version, for the conflict comparison. */
const comparable = (draft: Draft) => ({
  category: draft.category,
  ...storyTexts(draft),
  byline: [draft.bylineLabel, ...draft.authors.map((author) => author.name)].join(' '),
});

export function ArticleEditor({ articleId, active, recovered = null, user, colleagues, onSaved, onSaveStateChange }: ArticleEditorProps) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  // The id this editor was opened with; a new article keeps its editor after its first save.
  const [openedId] = useState(articleId);
  const [journalKey] = useState(() => recovered?.key ?? openedId ?? `new-${crypto.randomUUID()}`);
  const [categories, setCategories] = useState<Category[]>([]);
  const [stored, setStored] = useState<Article | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [bodyGeneration, setBodyGeneration] = useState(0);
  const [panel, setPanel] = useState<Panel>('none');
  const [historyRefresh, setHistoryRefresh] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** The newer version a save ran into, while the user compares and chooses. */
  const [theirs, setTheirs] = useState<Article | null>(null);
  const draftRef = useRef<Draft | null>(null);
  const controller = useRef<AutosaveController | null>(null);

  const onEvent = useCallback(
    (event: SaveEvent) => {
      onSaveStateChange(saveStateOf(event));
      if (event.kind === 'saved') {
        setTheirs(null);
        setStored(event.article);
        setError(null);
        setHistoryRefresh((count) => count + 1);
        onSaved(event.article);
      } else if (event.kind === 'failed') {
        setError(event.error);
        // A stale save's conflict carries the stored story: compare with it at once.
        if (event.error instanceof AppError && event.error.currentArticle) setTheirs(event.error.currentArticle);
      }
    },
    [onSaved, onSaveStateChange],
  );

  const start = useCallback(
    (initial: Draft, article: Article | null) => {
      draftRef.current = initial;
      setDraft(initial);
      setStored(article);
      controller.current?.dispose();
      controller.current = new AutosaveController(journalKey, initial, article, onEvent);
      // Recovered text is not in the store yet: save it as soon as the reporter has it back.
      if (recovered) controller.current.change(initial);
    },
    [journalKey, onEvent, recovered],
  );

  useEffect(() => {
    unwrap(newsdesk().categories.list({})).then(setCategories, setError);
  }, []);

  useEffect(() => {
    const fromJournal = recovered ? draftOf(recovered.fields) : null;
    const loading = openedId === null ? Promise.resolve(null) : unwrap(newsdesk().articles.get({ id: openedId }));
    loading.then((article) => start(fromJournal ?? (article ? draftOf(article) : emptyDraft()), article), setError);
  }, [openedId, recovered, start]);

  useEffect(() => {
    const flush = () => controller.current?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      controller.current?.flush();
      controller.current?.dispose();
    };
  }, []);

  const apply = useCallback((change: Partial<Draft>) => {
    const current = draftRef.current;
    if (!current) return;
    const next = { ...current, ...change };
    if (change.headline !== undefined && slugFollowsHeadline(current)) next.slug = slugFromHeadline(next.headline);
    draftRef.current = next;
    setDraft(next);
    controller.current?.change(next);
  }, []);

  const onBodyChange = useCallback((body: ArticleBody) => apply({ body }), [apply]);

  /** Loads a version from the store into the editor (after a workflow step or a conflict choice). */
  const reload = useCallback(
    (article: Article) => {
      start(draftOf(article), article);
      setBodyGeneration((count) => count + 1);
      setTheirs(null);
      setError(null);
      onSaved(article);
    },
    [start, onSaved],
  );

  if (!active) return <main className="editor editor--empty">{t('article.nothingSelected')}</main>;
  if (!draft) return <main className="editor">{error ? <ErrorMessage error={error} onDismiss={() => setError(null)} /> : t('app.loading')}</main>;

  const editable = stored === null || mayEditContent(user, stored);
  // A photographer may fix photos' texts in any unpublished story, even one they may not edit.
  const photoTextEditable = editable || (stored !== null && mayEditPhotoText(user, stored));
  const holder = stored?.holderId ? colleagues.find((colleague) => colleague.id === stored.holderId) : undefined;
  const save = () => {
    if (editable) void controller.current?.saveManually();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (isShortcut(event.nativeEvent, 'save', onMac)) {
      event.preventDefault();
      save();
    }
  };
  const togglePanel = (which: Panel) => setPanel((current) => (current === which ? 'none' : which));
  const bodyPlain = bodyText(draft.body).blocks.join('\n');

  /** Unsaved text is saved first, so the step applies to what the user sees. */
  const transition = async (input: TransitionInput) => {
    const current = editable ? await controller.current?.settle() : stored;
    if (!current) return;
    try {
      const article = await unwrap(newsdesk().workflow.transition({ articleId: current.id, expectedVersion: current.version, ...input }));
      controller.current?.adopt(article);
      setStored(article);
      setError(null);
      setHistoryRefresh((count) => count + 1);
      onSaved(article);
    } catch (failure) {
      setError(failure);
    }
  };

  const differences = (newer: Article): ConflictField[] => {
    const mine = comparable(draft);
    const saved = comparable(draftOf(newer));
    const labels: Record<keyof typeof mine, string> = {
      category: t('article.category'),
      headline: t('article.headline'),
      sapo: t('article.sapo'),
      body: t('article.body'),
      captions: t('authoring.history.fields.captions'),
      byline: t('authoring.byline'),
    };
    return (Object.keys(mine) as (keyof typeof mine)[])
      .filter((field) => mine[field] !== saved[field])
      .map((field) => ({ label: labels[field], mine: mine[field], theirs: saved[field] }));
  };

  return (
    <main className="editor">
      <div className="editor__column">
      {stored ? <WorkflowActions article={stored} user={user} onTransition={transition} /> : null}
      {!editable ? (
        <p className="editor__notice" role="note">
          {stored?.status === 'editing' && holder ? t('workflow.heldBy', { name: holder.displayName }) : t('workflow.readOnly')}
          {photoTextEditable ? ` ${t('workflow.photoTextOnly')}` : ''}
        </p>
      ) : null}
      {stored?.status === 'scheduled' && stored.publishAt ? (
        <p className="editor__notice">{t('workflow.scheduledFor', { time: formatPublishTime(stored.publishAt) })}</p>
      ) : null}
      {theirs ? (
        <ConflictPanel
          version={theirs.version}
          fields={differences(theirs)}
          onKeepMine={() => void controller.current?.overwrite(theirs)}
          onUseTheirs={() => reload(theirs)}
        />
      ) : null}
      <form className="editor__form" aria-label={t('article.formLabel')} onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <div className="editor__toolbar">
          <label className="field field--inline">
            <span className="field__label">{t('article.category')}</span>
            <select value={draft.category} disabled={!editable} onChange={(event) => apply({ category: event.target.value })}>
              <CategoryOptions categories={categories} emptyLabel={t('article.noCategory')} />
            </select>
          </label>
          {stored ? <span className="editor__status">{t(`status.${stored.status}`)}</span> : null}
          {editable ? (
            <button
              type="submit"
              className="button button--primary"
              title={t('shortcuts.hint', { action: t('article.save'), keys: shortcutLabel('save', onMac) })}
              aria-keyshortcuts={ariaShortcut('save', onMac)}
            >
              {t('article.save')}
            </button>
          ) : null}
          <button type="button" className="button" aria-pressed={panel === 'preview'} onClick={() => togglePanel('preview')}>
            {t('authoring.preview')}
          </button>
          <button type="button" className="button" aria-pressed={panel === 'history'} disabled={!stored} onClick={() => togglePanel('history')}>
            {t('authoring.history.title')}
          </button>
        </div>
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
        {panel === 'history' && stored ? (
          <HistoryPanel
            article={stored}
            refreshKey={historyRefresh}
            onRestored={(article) => {
              reload(article);
              setHistoryRefresh((count) => count + 1);
            }}
          />
        ) : null}
        <fieldset className="editor__fields" disabled={!editable}>
        <label className="field">
          <span className="field__label">{t('article.headline')}</span>
          <ImeSafeInput className="editor__headline" value={draft.headline} onValueChange={(headline) => apply({ headline })} />
        </label>
        <CountLine text={draft.headline} limit={SOFT_LIMITS.headline} />
        <label className="field">
          <span className="field__label">{t('article.sapo')}</span>
          <ImeSafeInput multiline className="editor__sapo" rows={3} value={draft.sapo} onValueChange={(sapo) => apply({ sapo })} />
        </label>
        <CountLine text={draft.sapo} limit={SOFT_LIMITS.sapo} />
        </fieldset>
        {/* Outside the fieldsets: a photographer may type in the photos' captions of a story they only read. */}
        <div className="field">
          <span className="field__label" aria-hidden="true">
            {t('article.body')}
          </span>
          <BodyEditor
            key={bodyGeneration}
            initialBody={draft.body}
            editable={editable}
            photoTextEditable={photoTextEditable}
            onChange={onBodyChange}
            onNotice={setNotice}
          />
        </div>
        <CountLine text={bodyPlain} limit={SOFT_LIMITS.body} />
        <fieldset className="editor__fields" disabled={!editable}>
        <BylineFields
          label={draft.bylineLabel}
          authors={draft.authors}
          onLabelChange={(bylineLabel) => apply({ bylineLabel })}
          onAuthorsChange={(authors) => apply({ authors })}
        />
        <MetaFields
          place={draft.place}
          keywords={draft.keywords}
          slug={draft.slug}
          onPlaceChange={(place) => apply({ place })}
          onKeywordsChange={(keywords) => apply({ keywords })}
          onSlugChange={(slug) => apply({ slug })}
        />
        </fieldset>
      </form>
      </div>
      {stored ? <StoryPanel articleId={stored.id} version={stored.version} colleagues={colleagues} /> : null}
    </main>
  );
}
