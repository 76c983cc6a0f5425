import { z } from 'zod';
import type { ArticleSummary } from '../domain/article';
import type { ArticleStatus } from '../domain/article-status';
import type { TextSegment } from '../search/highlight';
import { DESK_SORTS, DeskFiltersSchema, type DeskFilters } from '../search/desk-filters';
import { nfc } from '../text/nfc';
import type { ArticlePage, CallSpec } from './contract';

/** The calls of the desk list, search and saved searches; spread into `contract`. */

const spec =
  <R>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, R> => ({ input });

export const MAX_DESK_PAGE = 200;
export const MAX_SEARCH_RESULTS = 200;
export const MAX_QUERY_LENGTH = 200;

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

const Version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const searchContract = {
  'desk.list': spec<ArticlePage>()(
    z.strictObject({
      sort: z.enum(DESK_SORTS).optional(),
      filters: DeskFiltersSchema.optional(),
      limit: z.number().int().min(1).max(MAX_DESK_PAGE).optional(),
      cursor: z.string().max(300).nullable().optional(),
    }),
  ),
  'desk.counts': spec<DeskCounts>()(z.strictObject({})),
  'search.articles': spec<SearchResults>()(
    z.strictObject({
      query: z.string().max(MAX_QUERY_LENGTH).transform(nfc),
      filters: DeskFiltersSchema.optional(),
      limit: z.number().int().min(1).max(MAX_SEARCH_RESULTS).optional(),
    }),
  ),
  'savedSearches.list': spec<SavedSearch[]>()(z.strictObject({})),
  'savedSearches.create': spec<SavedSearch>()(
    z.strictObject({
      name: z.string().trim().min(1).max(100).transform(nfc),
      query: z.string().max(MAX_QUERY_LENGTH).transform(nfc),
      filters: DeskFiltersSchema,
    }),
  ),
  'savedSearches.delete': spec<{ id: string; version: number }>()(
    z.strictObject({ id: z.uuid({ version: 'v7' }), expectedVersion: Version }),
  ),
};
