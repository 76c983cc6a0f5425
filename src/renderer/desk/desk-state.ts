import type { ArticleStatus } from '../../shared/domain/article-status';
import type { DeskFilters, DeskSort } from '../../shared/search/desk-filters';

/** What the list pane shows: a desk view, a saved search, or what the reporter typed and chose. */
export interface DeskState {
  /** Which sidebar entry is current: 'all', a state, or `saved:<id>`; null once the user changes it. */
  view: string | null;
  /** The view's name for the list title; null for "all articles" or a search of one's own. */
  title: string | null;
  query: string;
  filters: DeskFilters;
  sort: DeskSort;
}

export const ALL_ARTICLES: DeskState = { view: 'all', title: null, query: '', filters: {}, sort: 'updated' };

/** The desk views of the sidebar, by state (UI.md): the workflow's queues. */
export const DESK_VIEW_STATUSES: readonly ArticleStatus[] = ['submitted', 'editing', 'approved', 'scheduled', 'published', 'spiked'];

export const stateView = (status: ArticleStatus, title: string): DeskState => ({
  view: status,
  title,
  query: '',
  filters: { statuses: [status] },
  sort: 'updated',
});
