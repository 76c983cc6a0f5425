import type { ArticleSummary } from './article';
import type { ArticleStatus } from './article-status';
import type { TextSegment } from '../search/highlight';
import type { DeskFilters } from '../search/desk-filters';

/** The desk's counts, search results and saved searches, as the core returns them. */

export interface DeskCounts {
  /** Live articles in every state. */
  all: number;
  byStatus: Record<ArticleStatus, number>;
  /** The signed-in user's own stories, spiked ones aside ("Bài của tôi"). */
  mine: number;
}

export interface SearchHit {
  article: ArticleSummary;
  /** The headline cut into highlighted and plain segments. */
  headline: TextSegment[];
  /** A window of the sapo or body around the first match; null when only the headline matched. */
  snippet: TextSegment[] | null;
}

export interface SearchResults {
  items: SearchHit[];
  /** More articles match than were returned (ask again with a higher limit). */
  more: boolean;
}

export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  filters: DeskFilters;
  version: number;
}
