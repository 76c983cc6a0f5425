import { useTranslation } from 'react-i18next';
import type { ArticleCounts } from '../../shared/contract/contract';
import type { User } from '../../shared/domain/user';
import { VIEW_STATUSES, type DeskView } from '../../shared/workflow/desk-views';
import { ROLES_THAT_WRITE } from '../../shared/workflow/transitions';

export type View = DeskView | 'settings';

interface SidebarProps {
  user: User;
  newsroomName: string | null;
  views: DeskView[];
  counts: ArticleCounts | null;
  view: View;
  onNavigate(view: View): void;
  onNewArticle(): void;
  onSignOut(): void;
}

const countFor = (view: DeskView, counts: ArticleCounts | null): number | null =>
  counts === null ? null : view === 'mine' ? counts.mine : (counts.byStatus[VIEW_STATUSES[view]] ?? 0);

export function Sidebar({ user, newsroomName, views, counts, view, onNavigate, onNewArticle, onSignOut }: SidebarProps) {
  const { t } = useTranslation();
  const mayWrite = user.roles.some((role) => ROLES_THAT_WRITE.includes(role));
  const item = (target: View, label: string, count: number | null = null) => (
    <li key={target}>
      <button type="button" aria-current={view === target ? 'page' : undefined} onClick={() => onNavigate(target)}>
        <span>{label}</span>
        {count !== null ? <span className="sidebar__count">{count}</span> : null}
      </button>
    </li>
  );
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="sidebar__brand">{newsroomName ?? t('app.name')}</div>
      {mayWrite ? (
        <button type="button" className="button button--primary" onClick={onNewArticle}>
          {t('nav.newArticle')}
        </button>
      ) : null}
      <ul className="sidebar__views">
        {views.map((deskView) => item(deskView, t(`views.${deskView}`), countFor(deskView, counts)))}
        {item('settings', t('nav.settings'))}
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
