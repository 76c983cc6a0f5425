import type { PhotoFilters } from '../../../shared/domain/photo';
import { parseSearchQuery, type QueryTerm } from '../../../shared/search/search-query';
import { matchExpression } from '../search/article-search';
import type { ListCursor } from '../articles/list-cursor';

export interface PhotoListSql {
  where: string[];
  params: unknown[];
}

/** The photographer filter looks in these columns only. */
const PHOTOGRAPHER_COLUMNS = '{creator credit}';

/**
 * The FTS5 expression for a library search: every word of the query in any column, and every word
 * of the photographer filter in the creator or credit; the last word of each as a prefix while it
 * is typed. Parsed and folded exactly as article search does. Null when nothing is searched.
 */
export function photoMatchExpression(query: string | undefined, photographer: string | undefined): string | null {
  const queryTerms = query ? parseSearchQuery(query) : [];
  const photographerTerms: QueryTerm[] = photographer ? parseSearchQuery(photographer) : [];
  const parts = [
    ...(queryTerms.length > 0 ? [matchExpression(queryTerms)] : []),
    ...photographerTerms.map((term) => `${PHOTOGRAPHER_COLUMNS} : ${matchExpression([term])}`),
  ];
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/**
 * WHERE clauses over `media m` for a list call. Literal `m.caption = ''` (not a parameter) so
 * SQLite can use the partial index of uncaptioned photos; the cursor is the last row's
 * (import time, id), newest first.
 */
export function photoListClauses(
  match: string | null,
  filters: PhotoFilters | undefined,
  cursor: ListCursor | null,
): PhotoListSql {
  const where: string[] = [];
  const params: unknown[] = [];
  if (match !== null) {
    where.push(`m.id IN (SELECT r.media_id FROM photo_search JOIN photo_search_rowids r ON r.rowid = photo_search.rowid
                         WHERE photo_search MATCH ?)`);
    params.push(match);
  }
  if (filters?.uncaptioned) where.push(`m.caption = ''`);
  if (filters?.from) {
    where.push('m.photo_day >= ?');
    params.push(filters.from);
  }
  if (filters?.to) {
    where.push('m.photo_day <= ?');
    params.push(filters.to);
  }
  if (cursor) {
    where.push('(m.created_at, m.id) < (?, ?)');
    params.push(cursor.updatedAt, cursor.id);
  }
  return { where, params };
}
