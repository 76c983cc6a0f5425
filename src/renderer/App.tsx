import { useCallback, useState } from 'react';
import type { Article } from '../shared/domain/article';
import type { RecoverableDraft } from '../shared/domain/draft';
import { RecoveryBanner } from './authoring/RecoveryBanner';
import { ArticleEditor } from './components/ArticleEditor';
import { ArticleList } from './components/ArticleList';
import { SettingsView } from './components/SettingsView';
import { Sidebar, type View } from './components/Sidebar';
import { StatusBar, type SaveState } from './components/StatusBar';

/** What the editor pane shows. `key` stays the same when a new article is first saved. */
type Editing = { key: string; articleId: string | null; recovered?: RecoverableDraft } | null;

let newArticleCount = 0;

export function App() {
  const [view, setView] = useState<View>('desk');
  const [editing, setEditing] = useState<Editing>(null);
  const [listRevision, setListRevision] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  const startNewArticle = useCallback(() => {
    newArticleCount += 1;
    setView('desk');
    setEditing({ key: `new-${newArticleCount}`, articleId: null });
    setSaveState({ kind: 'idle' });
  }, []);

  const openArticle = useCallback((id: string) => {
    setEditing({ key: id, articleId: id });
    setSaveState({ kind: 'idle' });
  }, []);

  const recoverDraft = useCallback((draft: RecoverableDraft) => {
    setView('desk');
    setEditing({ key: `recovered-${draft.key}`, articleId: draft.articleId, recovered: draft });
  }, []);

  const onSaved = useCallback((article: Article) => {
    setEditing((current) => (current ? { ...current, articleId: article.id } : current));
    setListRevision((revision) => revision + 1);
  }, []);

  return (
    <div className="app">
      <Sidebar view={view} onNavigate={setView} onNewArticle={startNewArticle} />
      {view === 'settings' ? (
        <SettingsView />
      ) : (
        <>
          <RecoveryBanner onRecover={recoverDraft} />
          <ArticleList
            revision={listRevision}
            selectedId={editing?.articleId ?? null}
            onOpen={openArticle}
          />
          <ArticleEditor
            key={editing?.key ?? 'none'}
            articleId={editing?.articleId ?? null}
            active={editing !== null}
            recovered={editing?.recovered ?? null}
            onSaved={onSaved}
            onSaveStateChange={setSaveState}
          />
        </>
      )}
      <StatusBar saveState={saveState} />
    </div>
  );
}
