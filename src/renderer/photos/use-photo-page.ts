import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryPhoto, PhotoFilters } from '../../shared/domain/photo';
import { newsdesk, unwrap } from '../api/newsdesk';

export interface PhotoQuery {
  query: string;
  filters: PhotoFilters;
}

export interface PhotoPageState {
  photos: LibraryPhoto[] | null;
  error: unknown;
  clearError(): void;
  /** Loads the next keyset page, if there is one. */
  loadMore(): void;
  /** Puts a photo changed here (edited, imported) in place without reloading the page. */
  replace(photo: LibraryPhoto): void;
}

/** Typing settles for this long before the library is searched, as in the desk list. */
const SEARCH_DELAY_MS = 120;
const PAGE_SIZE = 60;

/**
 * The photos the library grid shows, newest import first, page by page. A slower answer to an
 * older query never replaces a newer one: each load carries a generation number.
 */
export function usePhotoPage({ query, filters }: PhotoQuery, revision: number): PhotoPageState {
  const [photos, setPhotos] = useState<LibraryPhoto[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const cursor = useRef<string | null>(null);
  const loading = useRef(false);
  const generation = useRef(0);
  /** The query the grid shows, for its next pages. */
  const request = useRef<PhotoQuery>({ query, filters });

  useEffect(() => {
    const current = ++generation.current;
    cursor.current = null;
    request.current = { query, filters };
    const run = async () => {
      try {
        const page = await unwrap(newsdesk().media.list({ query, filters, limit: PAGE_SIZE }));
        if (current !== generation.current) return;
        cursor.current = page.nextCursor;
        setPhotos(page.items);
      } catch (failure) {
        if (current === generation.current) setError(failure);
      }
    };
    const timer = setTimeout(() => void run(), query.trim() === '' ? 0 : SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filters, revision]);

  const loadMore = useCallback(() => {
    const after = cursor.current;
    if (!after || loading.current) return;
    loading.current = true;
    const current = generation.current;
    unwrap(newsdesk().media.list({ ...request.current, limit: PAGE_SIZE, cursor: after }))
      .then((page) => {
        if (current !== generation.current) return;
        cursor.current = page.nextCursor;
        setPhotos((previous) => [...(previous ?? []), ...page.items]);
      }, setError)
      .finally(() => {
        loading.current = false;
      });
  }, []);

  const replace = useCallback((photo: LibraryPhoto) => {
    setPhotos((previous) => previous?.map((candidate) => (candidate.id === photo.id ? photo : candidate)) ?? previous);
  }, []);

  return { photos, error, clearError: () => setError(null), loadMore, replace };
}
