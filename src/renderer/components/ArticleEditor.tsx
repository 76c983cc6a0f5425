import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleFields } from '../../shared/domain/article';
import { bodyFromPlainText, plainTextFromBody } from '../../shared/domain/article-body';
import type { Category } from '../../shared/domain/category';
import type { Colleague, User } from '../../shared/domain/user';
import { formatPublishTime } from '../../shared/text/newsroom-time';
import { mayEditContent } from '../../shared/workflow/transitions';
import { AppError } from '../../shared/errors';
import { newsdesk, unwrap } from '../api/newsdesk';
import { StoryPanel } from '../workflow/StoryPanel';
import { ConflictPanel, type ConflictField } from './ConflictPanel';
import { WorkflowActions, type TransitionInput } from '../workflow/WorkflowActions';
import { ErrorMessage } from './ErrorMessage';
import type { SaveState } from './StatusBar';

interface ArticleEditorProps {
  /** null for a new, not yet saved article. */
  articleId: string | null;
  active: boolean;
  user: User;
  colleagues: Colleague[];
  /** Called after every save or workflow step, with the story as the store now has it. */
  onSaved(article: Article): void;
  onSaveStateChange(state: SaveState): void;
}

/** The form's own copy of the fields; the body is a plain text field until the Lexical editor lands. */
interface Draft {
  category: string;
  headline: string;
  sapo: string;
  bodyText: string;
}

const EMPTY_DRAFT: Draft = { category: '', headline: '', sapo: '', bodyText: '' };

const draftOf = (article: Article): Draft => ({
  category: article.category,
  headline: article.headline,
  sapo: article.sapo,
  bodyText: plainTextFromBody(article.body),
});

const fieldsOf = (draft: Draft): ArticleFields => ({
  category: draft.category,
  headline: draft.headline,
  sapo: draft.sapo,
  body: bodyFromPlainText(draft.bodyText),
});

export function ArticleEditor({ articleId, active, user, colleagues, onSaved, onSaveStateChange }: ArticleEditorProps) {
  const { t } = useTranslation();
  // The id this editor was opened with; a new article keeps its editor after its first save.
  const [openedId] = useState(articleId);
  const [categories, setCategories] = useState<Category[]>([]);
  const [stored, setStored] = useState<Article | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [loading, setLoading] = useState(openedId !== null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** The newer version a save ran into, while the user compares and chooses. */
  const [theirs, setTheirs] = useState<Article | null>(null);

  useEffect(() => {
    unwrap(newsdesk().categories.list({})).then(setCategories, setError);
  }, []);

  useEffect(() => {
    if (openedId === null) return;
    unwrap(newsdesk().articles.get({ id: openedId }))
      .then((article) => {
        setStored(article);
        setDraft(draftOf(article));
      }, setError)
      .finally(() => setLoading(false));
  }, [openedId]);

  if (!active) return <main className="editor editor--empty">{t('article.nothingSelected')}</main>;
  if (loading) return <main className="editor">{t('app.loading')}</main>;

  const editable = stored === null || mayEditContent(user, stored);
  const holder = stored?.holderId ? colleagues.find((colleague) => colleague.id === stored.holderId) : undefined;

  const edit = (field: keyof Draft) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setDirty(true);
    onSaveStateChange({ kind: 'unsaved' });
  };

  /**
   * Saves the draft over `base` (the version the user edited, or the newer one they chose to
   * overwrite after comparing); resolves to the stored story, or null when the save failed.
   */
  const save = async (base: Article | null = stored): Promise<Article | null> => {
    onSaveStateChange({ kind: 'saving' });
    try {
      const fields = fieldsOf(draft);
      const article = base
        ? await unwrap(newsdesk().articles.update({ id: base.id, expectedVersion: base.version, patch: fields }))
        : await unwrap(newsdesk().articles.create(fields));
      setStored(article);
      setTheirs(null);
      setDirty(false);
      setError(null);
      onSaved(article);
      onSaveStateChange({ kind: 'saved', at: article.updatedAt });
      return article;
    } catch (failure) {
      // The draft stays on screen untouched: a failed save never costs the reporter their text.
      setError(failure);
      onSaveStateChange({ kind: 'failed' });
      if (base && failure instanceof AppError && failure.code === 'conflict') {
        void unwrap(newsdesk().articles.get({ id: base.id })).then(setTheirs);
      }
      return null;
    }
  };

  const takeTheirs = (newer: Article) => {
    setStored(newer);
    setDraft(draftOf(newer));
    setTheirs(null);
    setDirty(false);
    setError(null);
    onSaveStateChange({ kind: 'idle' });
  };

  const differences = (newer: Article): ConflictField[] => {
    const mine = draft;
    const saved = draftOf(newer);
    return (['category', 'headline', 'sapo', 'bodyText'] as const)
      .filter((field) => mine[field] !== saved[field])
      .map((field) => ({
        label: t(field === 'bodyText' ? 'article.body' : `article.${field}`),
        mine: mine[field],
        theirs: saved[field],
      }));
  };

  /** Unsaved text is saved first, so the step applies to what the user sees. */
  const transition = async (input: TransitionInput) => {
    const current = dirty && editable ? await save(stored) : stored;
    if (!current) return;
    try {
      const article = await unwrap(
        newsdesk().workflow.transition({ articleId: current.id, expectedVersion: current.version, ...input }),
      );
      setStored(article);
      setError(null);
      onSaved(article);
    } catch (failure) {
      setError(failure);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (editable) void save(stored);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (editable && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save(stored);
    }
  };

  return (
    <main className="editor">
      <div className="editor__column">
      {stored ? <WorkflowActions article={stored} user={user} onTransition={transition} /> : null}
      {!editable ? (
        <p className="editor__notice" role="note">
          {stored?.status === 'editing' && holder ? t('workflow.heldBy', { name: holder.displayName }) : t('workflow.readOnly')}
        </p>
      ) : null}
      {stored?.status === 'scheduled' && stored.publishAt ? (
        <p className="editor__notice">{t('workflow.scheduledFor', { time: formatPublishTime(stored.publishAt) })}</p>
      ) : null}
      <form className="editor__form" aria-label={t('article.formLabel')} onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <div className="editor__toolbar">
          <label className="field field--inline">
            <span className="field__label">{t('article.category')}</span>
            <select value={draft.category} disabled={!editable} onChange={(event) => edit('category')(event.target.value)}>
              <option value="">{t('article.noCategory')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.name}>
                  {category.name}
                </option>
              ))}
            </select>
          </label>
          {stored ? <span className="editor__status">{t(`status.${stored.status}`)}</span> : null}
          {editable ? (
            <button type="submit" className="button button--primary">
              {t('article.save')}
            </button>
          ) : null}
        </div>
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        {theirs ? (
          <ConflictPanel
            version={theirs.version}
            fields={differences(theirs)}
            onKeepMine={() => void save(theirs)}
            onUseTheirs={() => takeTheirs(theirs)}
          />
        ) : null}
        <label className="field">
          <span className="field__label">{t('article.headline')}</span>
          <input
            className="editor__headline"
            readOnly={!editable}
            value={draft.headline}
            onChange={(event) => edit('headline')(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('article.sapo')}</span>
          <textarea
            className="editor__sapo"
            readOnly={!editable}
            rows={3}
            value={draft.sapo}
            onChange={(event) => edit('sapo')(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('article.body')}</span>
          <textarea
            className="editor__body"
            readOnly={!editable}
            rows={16}
            value={draft.bodyText}
            onChange={(event) => edit('bodyText')(event.target.value)}
          />
        </label>
      </form>
      </div>
      {stored ? <StoryPanel articleId={stored.id} version={stored.version} colleagues={colleagues} /> : null}
    </main>
  );
}
