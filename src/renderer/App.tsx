import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../shared/domain/article';
import { ArticleEditor } from './components/ArticleEditor';
import { newsdesk, unwrap } from './api/newsdesk';
import { ArticleList } from './components/ArticleList';
import { DeskViews } from './components/DeskViews';
import { ALL_ARTICLES, type DeskState } from './desk/desk-state';
import { SettingsView } from './components/SettingsView';
import { Sidebar, type View } from './components/Sidebar';
import { StatusBar, type SaveState } from './components/StatusBar';

/** What the editor pane shows. `key` stays the same when a new article is first saved. */
type Editing = { key: string; articleId: string | null } | null;

let newArticleCount = 0;

export function App() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('desk');
  const [desk, setDesk] = useState<DeskState>(ALL_ARTICLES);
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

  const onSaved = useCallback((article: Article) => {
    setEditing((current) => (current ? { ...current, articleId: article.id } : current));
    setListRevision((revision) => revision + 1);
  }, []);

  const selectDesk = useCallback((next: DeskState) => {
    setView('desk');
    setDesk(next);
  }, []);

  const saveSearch = useCallback(
    async (name: string) => {
      await unwrap(newsdesk().savedSearches.create({ name, query: desk.query, filters: desk.filters }));
      setListRevision((revision) => revision + 1);
    },
    [desk],
  );

  return (
    <div className="app">
      <Sidebar
        view={view}
        onNavigate={setView}
        onNewArticle={startNewArticle}
        deskViews={<DeskViews revision={listRevision} current={view === 'desk' ? desk.view : null} onSelect={selectDesk} />}
      />
      {view === 'settings' ? (
        <SettingsView />
      ) : (
        <>
          <ArticleList
            revision={listRevision}
            title={desk.title ?? (desk.view === 'all' ? t('nav.myArticles') : t('search.title'))}
            desk={desk}
            onDeskChange={setDesk}
            onSaveSearch={saveSearch}
            selectedId={editing?.articleId ?? null}
            onOpen={openArticle}
          />
          <ArticleEditor
            key={editing?.key ?? 'none'}
            articleId={editing?.articleId ?? null}
            active={editing !== null}
            onSaved={onSaved}
            onSaveStateChange={setSaveState}
          />
        </>
      )}
      <StatusBar saveState={saveState} />
    </div>
  );
}
