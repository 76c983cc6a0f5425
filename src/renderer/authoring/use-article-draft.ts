import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../shared/domain/article';
import type { RecoverableDraft } from '../../shared/domain/draft';
import { AppError } from '../../shared/errors';
import { slugFromHeadline } from '../../shared/text/slug';
import { newsdesk, unwrap } from '../api/newsdesk';
import type { TransitionInput } from '../workflow/WorkflowActions';
import { AutosaveController, type SaveEvent } from './autosave-controller';
import { draftOf, emptyDraft, slugFollowsHeadline, type Draft } from './draft';
import { saveStateOf, type SaveState } from './save-state';

interface ArticleDraftOptions {
  /** null for a new, not yet saved article. */
  articleId: string | null;
  /** Text recovered from the crash journal, to continue from instead of the stored fields. */
  recovered: RecoverableDraft | null;
  /** Called after every save or workflow step, with the story as the store now has it. */
  onSaved(article: Article): void;
  onSaveStateChange(state: SaveState): void;
}

export interface ArticleDraft {
  /** The fields on screen; null until the story has loaded. */
  draft: Draft | null;
  /** The story as the store last gave it; null for a new story not saved yet. */
  stored: Article | null;
  /** Changes when the body is replaced from the store (a reload), so the body editor starts again. */
  bodyGeneration: number;
  /** Changes after every save, step and restore, so the history panel reads again. */
  historyRefresh: number;
  error: unknown;
  setError(error: unknown): void;
  /** The newer version a save ran into, while the user compares and chooses. */
  theirs: Article | null;
  /** The reporter changed some fields: on screen at once, journaled and autosaved in the background. */
  apply(change: Partial<Draft>): void;
  /** The reporter's "Lưu". */
  save(): void;
  /** A workflow step. With `saveFirst`, unsaved text is saved first, so the step applies to what the user sees. */
  transition(input: TransitionInput, saveFirst: boolean): Promise<void>;
  /** The conflict's "keep mine": save over the newer version the user has seen. */
  keepMine(newer: Article): void;
  /** The conflict's "use theirs": that version replaces the editor's text. */
  reload(article: Article): void;
  /** A revision restored from the history panel (a new version) replaces the editor's text. */
  restored(article: Article): void;
}

/**
 * One open story's draft: loading it (or the journal's recovered text), autosave and the crash
 * journal through the AutosaveController, saves on blur and close, workflow steps on the saved
 * version, and the newer version a conflict carries. The editor's components only show it.
 */
export function useArticleDraft({ articleId, recovered, onSaved, onSaveStateChange }: ArticleDraftOptions): ArticleDraft {
  // The id this editor was opened with; a new article keeps its editor after its first save.
  const [openedId] = useState(articleId);
  const [journalKey] = useState(() => recovered?.key ?? openedId ?? `new-${crypto.randomUUID()}`);
  const [stored, setStored] = useState<Article | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [bodyGeneration, setBodyGeneration] = useState(0);
  const [historyRefresh, setHistoryRefresh] = useState(0);
  const [error, setError] = useState<unknown>(null);
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
    const fromJournal = recovered ? draftOf(recovered.fields) : null;
    const loading = openedId === null ? Promise.resolve(null) : unwrap(newsdesk().articles.get({ id: openedId }));
    loading.then((article) => start(fromJournal ?? (article ? draftOf(article) : emptyDraft()), article), setError);
  }, [openedId, recovered, start]);

  // Blur, hiding the window, closing it and closing the editor all write the draft at once.
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

  const transition = async (input: TransitionInput, saveFirst: boolean) => {
    const current = saveFirst ? await controller.current?.settle() : stored;
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

  return {
    draft,
    stored,
    bodyGeneration,
    historyRefresh,
    error,
    setError,
    theirs,
    apply,
    save: () => void controller.current?.saveManually(),
    transition,
    keepMine: (newer) => void controller.current?.overwrite(newer),
    reload,
    restored: (article) => {
      reload(article);
      setHistoryRefresh((count) => count + 1);
    },
  };
}

