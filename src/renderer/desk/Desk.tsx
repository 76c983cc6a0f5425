import { useCallback, useEffect, useState } from 'react';
import type { ArticleCounts } from '../../shared/contract/contract';
import type { Article } from '../../shared/domain/article';
import type { RecoverableDraft } from '../../shared/domain/draft';
import type { Colleague, User } from '../../shared/domain/user';
import { deskViewsFor, type DeskView } from '../../shared/workflow/desk-views';
import { newsdesk, unwrap } from '../api/newsdesk';
import { RecoveryBanner } from '../authoring/RecoveryBanner';
import { ArticleEditor } from '../components/ArticleEditor';
import { ArticleList } from '../components/ArticleList';
import { SettingsView } from '../components/SettingsView';
import { Sidebar, type View } from '../components/Sidebar';
import { StatusBar, type SaveState } from '../components/StatusBar';

/** What the editor pane shows. `key` stays the same when a new article is first saved. */
type Editing = { key: string; articleId: string | null; recovered?: RecoverableDraft } | null;

let newArticleCount = 0;

interface DeskProps {
  user: User;
  newsroomName: string | null;
  onSignOut(): void;
}

/** The signed-in workspace: sidebar views, the story list, the editor and the status bar. */
export function Desk({ user, newsroomName, onSignOut }: DeskProps) {
  const views = deskViewsFor(user.roles);
  const [view, setView] = useState<View>(views[0] ?? 'settings');
  const [editing, setEditing] = useState<Editing>(null);
  const [revision, setRevision] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [counts, setCounts] = useState<ArticleCounts | null>(null);
  const [colleagues, setColleagues] = useState<Colleague[]>([]);

  useEffect(() => {
    void unwrap(newsdesk().articles.counts({})).then(setCounts);
  }, [revision]);
  useEffect(() => {
    void unwrap(newsdesk().users.colleagues({})).then(setColleagues);
  }, []);

  const refresh = useCallback(() => setRevision((current) => current + 1), []);

  const startNewArticle = useCallback(() => {
    newArticleCount += 1;
    setView('mine');
    setEditing({ key: `new-${newArticleCount}`, articleId: null });
    setSaveState({ kind: 'idle' });
  }, []);

  const openArticle = useCallback((id: string) => {
    setEditing({ key: id, articleId: id });
    setSaveState({ kind: 'idle' });
  }, []);

  const recoverDraft = useCallback((draft: RecoverableDraft) => {
    setView('mine');
    setEditing({ key: `recovered-${draft.key}`, articleId: draft.articleId, recovered: draft });
  }, []);

  const onSaved = useCallback(
    (article: Article) => {
      setEditing((current) => (current ? { ...current, articleId: article.id } : current));
      refresh();
    },
    [refresh],
  );

  const navigate = (next: View) => {
    setView(next);
    setEditing(null);
  };

  return (
    <div className="app">
      <Sidebar
        user={user}
        newsroomName={newsroomName}
        views={views}
        counts={counts}
        view={view}
        onNavigate={navigate}
        onNewArticle={startNewArticle}
        onSignOut={onSignOut}
      />
      {view === 'settings' ? (
        <SettingsView user={user} />
      ) : (
        <>
          <RecoveryBanner onRecover={recoverDraft} />
          <ArticleList view={view as DeskView} revision={revision} selectedId={editing?.articleId ?? null} onOpen={openArticle} />
          <ArticleEditor
            key={editing?.key ?? 'none'}
            articleId={editing?.articleId ?? null}
            active={editing !== null}
            recovered={editing?.recovered ?? null}
            user={user}
            colleagues={colleagues}
            onSaved={onSaved}
            onSaveStateChange={setSaveState}
          />
        </>
      )}
      <StatusBar saveState={saveState} />
    </div>
  );
}
