import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type View = 'desk' | 'settings';

interface SidebarProps {
  view: View;
  onNavigate(view: View): void;
  onNewArticle(): void;
  /** The desk views with counts and the saved searches (DeskViews). */
  deskViews: ReactNode;
}

export function Sidebar({ view, onNavigate, onNewArticle, deskViews }: SidebarProps) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="sidebar__brand">{t('app.name')}</div>
      <button type="button" className="button button--primary" onClick={onNewArticle}>
        {t('nav.newArticle')}
      </button>
      {deskViews}
      <ul className="sidebar__views">
        <li>
          <button
            type="button"
            aria-current={view === 'settings' ? 'page' : undefined}
            onClick={() => onNavigate('settings')}
          >
            {t('nav.settings')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
