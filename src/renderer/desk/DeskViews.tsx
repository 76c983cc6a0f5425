import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskCounts, SavedSearch } from '../../shared/domain/search';
import { newsdesk, unwrap } from '../api/newsdesk';
import { VIEW_STATUSES, type DeskView } from '../../shared/workflow/desk-views';
import { deskViewState, type DeskState } from '../desk/desk-state';
import { SidebarEntry } from '../components/SidebarEntry';

interface DeskViewsProps {
  /** The views this user's roles work from. */
  views: DeskView[];
  userId: string;
  /** Bumped after saves, to refresh counts and saved searches. */
  revision: number;
  current: string | null;
  onSelect(desk: DeskState): void;
}

/** The sidebar's desk views with their counts, and the saved searches under them. */
export function DeskViews({ views, userId, revision, current, onSelect }: DeskViewsProps) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<DeskCounts | null>(null);
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [reload, setReload] = useState(0);

  // Counts ("mine") and saved searches are the signed-in user's own: a new user, a new read.
  useEffect(() => {
    unwrap(newsdesk().desk.counts({})).then(setCounts, () => setCounts(null));
    unwrap(newsdesk().savedSearches.list({})).then(setSaved, () => setSaved([]));
  }, [revision, reload, userId]);

  const remove = async (search: SavedSearch) => {
    await unwrap(newsdesk().savedSearches.delete({ id: search.id, expectedVersion: search.version })).catch(() => undefined);
    setReload((count) => count + 1);
  };

  const view = (key: string, label: string, count: number | undefined, desk: DeskState) => (
    <SidebarEntry key={key} label={label} count={count} current={current === key} onSelect={() => onSelect(desk)} />
  );

  return (
    <>
      <ul className="sidebar__views">
        {views.map((deskView) =>
          view(
            deskView,
            t(`views.${deskView}`),
            deskView === 'mine' ? counts?.mine : counts?.byStatus[VIEW_STATUSES[deskView]],
            deskViewState(deskView, t(`views.${deskView}`), userId),
          ),
        )}
      </ul>
      {saved.length > 0 ? (
        <section aria-label={t('search.savedSearches')}>
          <h3 className="sidebar__heading">{t('search.savedSearches')}</h3>
          <ul className="sidebar__views">
            {saved.map((search) => (
              <li key={search.id} className="sidebar__saved">
                <button
                  type="button"
                  aria-current={current === `saved:${search.id}` ? 'page' : undefined}
                  onClick={() => onSelect({ view: `saved:${search.id}`, title: search.name, query: search.query, filters: search.filters, sort: 'updated' })}
                >
                  {search.name}
                </button>
                <button
                  type="button"
                  className="sidebar__remove"
                  aria-label={t('search.removeSaved', { name: search.name })}
                  onClick={() => void remove(search)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
