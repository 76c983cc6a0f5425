import type { ArticleStatus } from '../../shared/domain/article-status';
import type { DeskFilters, DeskSort } from '../../shared/search/desk-filters';
import { VIEW_STATUSES, type DeskView } from '../../shared/workflow/desk-views';

/** What the list pane shows: a desk view, a saved search, or what the user typed and chose. */
export interface DeskState {
  /** Which sidebar entry is current: a desk view, or `saved:<id>`; null once the user changes it. */
  view: string | null;
  /** The view's name for the list title; null for a search of one's own. */
  title: string | null;
  query: string;
  filters: DeskFilters;
  sort: DeskSort;
}

const LIVE_STATES: ArticleStatus[] = ['draft', 'submitted', 'editing', 'returned', 'approved', 'scheduled', 'published', 'unpublished'];

/** A sidebar desk view as list filters: "Bài của tôi" is the user's own live stories. */
export function deskViewState(view: DeskView, title: string, userId: string): DeskState {
  const filters: DeskFilters =
    view === 'mine' ? { createdBy: userId, statuses: LIVE_STATES } : { statuses: [VIEW_STATUSES[view]] };
  return { view, title, query: '', filters, sort: 'updated' };
}
