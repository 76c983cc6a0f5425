import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../shared/domain/user';
import { ROLES_THAT_WRITE } from '../../shared/workflow/transitions';
import { useShortcutHint } from '../commands/shortcut-hint';

/** The roles that watch the publishing queue (the router checks the same list). */
const QUEUE_READERS = ['editor', 'managing_editor', 'editor_in_chief', 'admin'];

export type View = 'desk' | 'photos' | 'uncaptioned' | 'queue' | 'settings';

interface SidebarProps {
  user: User;
  newsroomName: string | null;
  view: View;
  onNavigate(view: View): void;
  onNewArticle(): void;
  onSignOut(): void;
  /** The user's desk views with counts, and the saved searches (DeskViews). */
  deskViews: ReactNode;
  /** Kho ảnh and Ảnh chưa chú thích, with counts (PhotoViews). */
  photoViews: ReactNode;
}

export function Sidebar({ user, newsroomName, view, onNavigate, onNewArticle, onSignOut, deskViews, photoViews }: SidebarProps) {
  const { t } = useTranslation();
  const hint = useShortcutHint();
  const mayWrite = user.roles.some((role) => ROLES_THAT_WRITE.includes(role));
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="sidebar__brand">{newsroomName ?? t('app.name')}</div>
      {mayWrite ? (
        <button
          type="button"
          className="button button--primary"
          {...hint('newArticle', t('nav.newArticle'))}
          onClick={onNewArticle}
        >
          {t('nav.newArticle')}
        </button>
      ) : null}
      {deskViews}
      {photoViews}
      <ul className="sidebar__views">
        {user.roles.some((role) => QUEUE_READERS.includes(role)) ? (
          <li>
            <button type="button" aria-current={view === 'queue' ? 'page' : undefined} onClick={() => onNavigate('queue')}>
              {t('queue.title')}
            </button>
          </li>
        ) : null}
        <li>
          <button type="button" aria-current={view === 'settings' ? 'page' : undefined} onClick={() => onNavigate('settings')}>
            {t('nav.settings')}
          </button>
        </li>
      </ul>
      <div className="sidebar__user">
        <span className="sidebar__user-name">{user.displayName}</span>
        <span className="sidebar__user-roles">{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</span>
        <button type="button" className="button" onClick={onSignOut}>
          {t('nav.signOut')}
        </button>
      </div>
    </nav>
  );
}
