import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain/article';
import type { ArticleBody } from '../../shared/domain/article-body';
import type { Category } from '../../shared/domain/category';
import type { RecoverableDraft } from '../../shared/domain/draft';
import { bodyText } from '../../shared/editor/body-text';
import { SOFT_LIMITS } from '../../shared/text/length-limits';
import { slugFromHeadline } from '../../shared/text/slug';
import { newsdesk, unwrap } from '../api/newsdesk';
import { AutosaveController, type SaveEvent } from '../authoring/autosave-controller';
import { BylineFields } from '../authoring/BylineFields';
import { CountLine } from '../authoring/CountLine';
import { draftOf, emptyDraft, slugFollowsHeadline, type Draft } from '../authoring/draft';
import { HistoryPanel } from '../authoring/HistoryPanel';
import { MetaFields } from '../authoring/MetaFields';
import { PreviewPanel } from '../authoring/PreviewPanel';
import { BodyEditor } from '../editor/BodyEditor';
import { ErrorMessage } from './ErrorMessage';
import { ImeSafeInput } from './ImeSafeInput';
import type { SaveState } from './StatusBar';

interface ArticleEditorProps {
  /** null for a new, not yet saved article. */
  articleId: string | null;
  active: boolean;
  /** Text recovered from the crash journal, to continue from instead of the stored fields. */
  recovered?: RecoverableDraft | null;
  onSaved(article: Article): void;
  onSaveStateChange(state: SaveState): void;
}

type Panel = 'none' | 'preview' | 'history';

const saveStateOf = (event: SaveEvent): SaveState =>
  event.kind === 'saved' ? { kind: 'saved', at: event.article.updatedAt } : { kind: event.kind };

export function ArticleEditor({ articleId, active, recovered = null, onSaved, onSaveStateChange }: ArticleEditorProps) {
  const { t } = useTranslation();
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
  const draftRef = useRef<Draft | null>(null);
  const controller = useRef<AutosaveController | null>(null);

  const onEvent = useCallback(
    (event: SaveEvent) => {
      onSaveStateChange(saveStateOf(event));
      if (event.kind === 'saved') {
        setStored(event.article);
        setError(null);
        setHistoryRefresh((count) => count + 1);
        onSaved(event.article);
      } else if (event.kind === 'failed') {
        setError(event.error);
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

  if (!active) return <main className="editor editor--empty">{t('article.nothingSelected')}</main>;
  if (!draft) return <main className="editor">{error ? <ErrorMessage error={error} onDismiss={() => setError(null)} /> : t('app.loading')}</main>;

  const save = () => void controller.current?.saveManually();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      save();
    }
  };
  const togglePanel = (which: Panel) => setPanel((current) => (current === which ? 'none' : which));
  const bodyPlain = bodyText(draft.body).blocks.join('\n');

  return (
    <main className="editor">
      <form className="editor__form" aria-label={t('article.formLabel')} onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <div className="editor__toolbar">
          <label className="field field--inline">
            <span className="field__label">{t('article.category')}</span>
            <select value={draft.category} onChange={(event) => apply({ category: event.target.value })}>
              <option value="">{t('article.noCategory')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.name}>
                  {category.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--primary">
            {t('article.save')}
          </button>
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
              start(draftOf(article), article);
              setBodyGeneration((count) => count + 1);
              setHistoryRefresh((count) => count + 1);
              onSaved(article);
            }}
          />
        ) : null}
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
        <div className="field">
          <span className="field__label" aria-hidden="true">
            {t('article.body')}
          </span>
          <BodyEditor key={bodyGeneration} initialBody={draft.body} onChange={onBodyChange} onNotice={setNotice} />
        </div>
        <CountLine text={bodyPlain} limit={SOFT_LIMITS.body} />
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
      </form>
    </main>
  );
}
