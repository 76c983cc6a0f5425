import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain/article';
import type { RecoverableDraft } from '../../shared/domain/draft';
import type { Colleague, User } from '../../shared/domain/user';
import { deskViewsFor } from '../../shared/workflow/desk-views';
import { ROLES_THAT_WRITE } from '../../shared/workflow/transitions';
import { useAppCommand } from '../commands/app-commands';
import { newsdesk, unwrap } from '../api/newsdesk';
import { RecoveryBanner } from '../authoring/RecoveryBanner';
import { ArticleEditor } from '../authoring/ArticleEditor';
import { ArticleList } from './ArticleList';
import { DeskViews } from './DeskViews';
import { SettingsView } from '../settings/SettingsView';
import { Sidebar, type View } from './Sidebar';
import { StatusBar } from './StatusBar';
import type { SaveState } from '../authoring/save-state';
import { PhotoLibrary } from '../photos/PhotoLibrary';
import { PhotoViews } from '../photos/PhotoViews';
import { QueueView } from '../publishing/QueueView';
import { deskViewState, type DeskState } from './desk-state';

/** What the editor pane shows. `key` stays the same when a new article is first saved. */
type Editing = { key: string; articleId: string | null; recovered?: RecoverableDraft } | null;

let newArticleCount = 0;

interface DeskProps {
  user: User;
  newsroomName: string | null;
  onSignOut(): void;
}

/** The signed-in workspace: sidebar views, the story list with search, the editor, the status bar. */
export function Desk({ user, newsroomName: startingName, onSignOut }: DeskProps) {
  const { t } = useTranslation();
  // Renamed under Cài đặt → Tòa soạn: the sidebar shows the new name at once.
  const [newsroomName, setNewsroomName] = useState(startingName);
  const views = deskViewsFor(user.roles);
  const firstView = views[0];
  const [view, setView] = useState<View>(firstView ? 'desk' : 'settings');
  const [desk, setDesk] = useState<DeskState>(() =>
    deskViewState(firstView ?? 'mine', t(`views.${firstView ?? 'mine'}`), user.id),
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [revision, setRevision] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [colleagues, setColleagues] = useState<Colleague[]>([]);
  const [searchRequest, setSearchRequest] = useState(0);

  useEffect(() => {
    void unwrap(newsdesk().users.colleagues({})).then(setColleagues);
  }, []);

  const startNewArticle = useCallback(() => {
    newArticleCount += 1;
    setView('desk');
    setEditing({ key: `new-${newArticleCount}`, articleId: null });
    setSaveState({ kind: 'idle' });
  }, []);

  // Bài mới and Tìm kiếm work from every view (key or menu); Bài mới only for those who write.
  useAppCommand('newArticle', startNewArticle, user.roles.some((role) => ROLES_THAT_WRITE.includes(role)));
  useAppCommand('search', () => {
    setView('desk');
    setSearchRequest((count) => count + 1);
  });

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
    setRevision((count) => count + 1);
  }, []);

  const selectDesk = useCallback((next: DeskState) => {
    setView('desk');
    setDesk(next);
    setEditing(null);
  }, []);

  const saveSearch = useCallback(
    async (name: string) => {
      await unwrap(newsdesk().savedSearches.create({ name, query: desk.query, filters: desk.filters }));
      setRevision((count) => count + 1);
    },
    [desk],
  );

  return (
    <div className="app">
      <Sidebar
        user={user}
        newsroomName={newsroomName}
        view={view}
        onNavigate={setView}
        onNewArticle={startNewArticle}
        onSignOut={onSignOut}
        deskViews={
          <DeskViews views={views} userId={user.id} revision={revision} current={view === 'desk' ? desk.view : null} onSelect={selectDesk} />
        }
        photoViews={
          <PhotoViews
            revision={revision}
            current={view === 'photos' ? 'all' : view === 'uncaptioned' ? 'uncaptioned' : null}
            onSelect={(library) => setView(library === 'all' ? 'photos' : 'uncaptioned')}
          />
        }
      />
      {view === 'settings' ? (
        <SettingsView user={user} onNewsroomRenamed={setNewsroomName} />
      ) : view === 'photos' || view === 'uncaptioned' ? (
        <PhotoLibrary key={view} user={user} view={view === 'photos' ? 'all' : 'uncaptioned'} onChanged={() => setRevision((count) => count + 1)} />
      ) : view === 'queue' ? (
        <QueueView user={user} revision={revision} onChanged={() => setRevision((count) => count + 1)} />
      ) : (
        <>
          <RecoveryBanner onRecover={recoverDraft} />
          <ArticleList
            revision={revision}
            title={desk.title ?? t('search.title')}
            desk={desk}
            onDeskChange={setDesk}
            onSaveSearch={saveSearch}
            selectedId={editing?.articleId ?? null}
            searchRequest={searchRequest}
            onOpen={openArticle}
          />
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
      <StatusBar saveState={saveState} revision={revision} />
    </div>
  );
}
