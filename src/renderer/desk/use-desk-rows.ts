import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../shared/domain/search';
import type { ArticleSummary } from '../../shared/domain/article';
import { parseSearchQuery } from '../../shared/search/search-query';
import { newsdesk, unwrap } from '../api/newsdesk';
import type { DeskState } from './desk-state';

/** A row of the list: a desk article, or a search hit with its highlights. */
export type DeskRow = { article: ArticleSummary; hit: SearchHit | null };

export interface DeskRows {
  rows: DeskRow[] | null;
  /** Search results were cut at the limit (refine the query to see others). */
  more: boolean;
  error: unknown;
  clearError(): void;
  /** Loads the next keyset page of the desk list, if there is one. */
  loadMore(): void;
}

/** A query searches once it has a word to look for; until then (e.g. one letter typed) the desk shows. */
export const isSearch = (desk: DeskState): boolean => parseSearchQuery(desk.query).length > 0;

/** Typing settles for this long before a search runs, so a fast typist sends one query, not five. */
const SEARCH_DELAY_MS = 120;
const SEARCH_LIMIT = 100;

/**
 * The rows for the list pane. With a query it searches (debounced, and a slower answer to an
 * older query never replaces a newer one); without, it pages through the desk list by cursor.
 */
export function useDeskRows(desk: DeskState, revision: number): DeskRows {
  const [rows, setRows] = useState<DeskRow[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cursor = useRef<string | null>(null);
  const loading = useRef(false);
  const generation = useRef(0);

  useEffect(() => {
    const current = ++generation.current;
    const stillCurrent = () => current === generation.current;
    cursor.current = null;
    const searching = isSearch(desk);
    const run = async () => {
      try {
        if (searching) {
          const found = await unwrap(newsdesk().search.articles({ query: desk.query, filters: desk.filters, limit: SEARCH_LIMIT }));
          if (!stillCurrent()) return;
          setRows(found.items.map((hit) => ({ article: hit.article, hit })));
          setMore(found.more);
        } else {
          const page = await unwrap(newsdesk().desk.list({ sort: desk.sort, filters: desk.filters }));
          if (!stillCurrent()) return;
          cursor.current = page.nextCursor;
          setRows(page.items.map((article) => ({ article, hit: null })));
          setMore(false);
        }
      } catch (failure) {
        if (stillCurrent()) setError(failure);
      }
    };
    const timer = setTimeout(() => void run(), searching ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [desk, revision]);

  const loadMore = useCallback(() => {
    const after = cursor.current;
    if (!after || loading.current || isSearch(desk)) return;
    loading.current = true;
    const current = generation.current;
    unwrap(newsdesk().desk.list({ sort: desk.sort, filters: desk.filters, cursor: after }))
      .then((page) => {
        if (current !== generation.current) return;
        cursor.current = page.nextCursor;
        setRows((previous) => [...(previous ?? []), ...page.items.map((article) => ({ article, hit: null }))]);
      }, setError)
      .finally(() => {
        loading.current = false;
      });
  }, [desk]);

  return { rows, more, error, clearError: () => setError(null), loadMore };
}
