import type { Database } from 'better-sqlite3';
import type { ArticlePage } from '../../../shared/domain/article';
import type { DeskCounts } from '../../../shared/domain/search';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/domain/article-status';
import type { DeskFilters, DeskSort } from '../../../shared/search/desk-filters';
import { toSummary, type SummaryRow } from '../articles/article-store';
import { statementCache } from '../db/statement-cache';
import { decodeDeskCursor, encodeDeskCursor } from './desk-cursor';
import { filterClauses } from './filter-sql';

export const DESK_PAGE_SIZE = 50;

export interface DeskListOptions {
  sort?: DeskSort | undefined;
  filters?: DeskFilters | undefined;
  limit?: number | undefined;
  cursor?: string | null | undefined;
}

export interface Desk {
  list(options: DeskListOptions): ArticlePage;
  /** Per state for everyone, and the signed-in user's own live stories. */
  counts(userId: string): DeskCounts;
}

/**
 * The key each sort orders by (then the id, newest first), written exactly as the partial indexes
 * on live rows are (migrations 6 and 8), so SQLite walks an index. A story never published has no
 * publication time: '' sorts it after every published one, and keeps the keyset free of NULLs.
 */
const SORT_KEY: Record<DeskSort, string> = {
  updated: 'a.updated_at',
  created: 'a.created_at',
  published: "coalesce(a.published_at, '')",
};

type DeskRow = SummaryRow & { sort_key: string };

/**
 * Rows after the cursor. SQLite seeks a row-value bound in an index of plain columns, but not in
 * an expression index (it would walk the index from the top, so page 100 cost 100 pages); a plain
 * `key <= ?` in front gives it the seek, and the row value then skips the equal keys already seen.
 */
function keysetAfter(sort: DeskSort, key: string, id: string): { where: string; params: string[] } {
  const sortKey = SORT_KEY[sort];
  return sort === 'published'
    ? { where: `${sortKey} <= ? AND (${sortKey}, a.id) < (?, ?)`, params: [key, key, id] }
    : { where: `(${sortKey}, a.id) < (?, ?)`, params: [key, id] };
}

/**
 * The desk list: live articles in one order, filtered, keyset-paginated (the next page starts after
 * the last row's sort key, so page 2,000 costs what page 1 does, unlike OFFSET). Counts come from
 * `article_counts`, which triggers keep in step, so they cost a few rows, never a table scan.
 */
export function createDesk(db: Database): Desk {
  const prepared = statementCache<DeskRow>(db);
  const countRows = db.prepare<[], { status: string; live: number }>('SELECT status, live FROM article_counts');
  // A range of the (created_by, …) index, not a table scan: one user's own stories.
  const countMine = db
    .prepare<[string], number>(`SELECT count(*) FROM articles WHERE deleted_at IS NULL AND created_by = ? AND status <> 'spiked'`)
    .pluck();

  return {
    list({ sort = 'updated', filters, limit = DESK_PAGE_SIZE, cursor }) {
      const key = SORT_KEY[sort];
      const { where, params } = filterClauses(filters);
      const after = cursor ? decodeDeskCursor(cursor, sort) : null;
      if (after) {
        const keyset = keysetAfter(sort, after.key, after.id);
        where.push(keyset.where);
        params.push(...keyset.params);
      }
      const sql = `SELECT a.id, a.headline, a.category, a.status, a.version, a.created_at, a.updated_at, a.created_by, a.holder_id,
          ${key} AS sort_key
        FROM articles a WHERE a.deleted_at IS NULL${where.map((clause) => ` AND ${clause}`).join('')}
        ORDER BY ${key} DESC, a.id DESC LIMIT ?`;
      // One extra row tells whether another page exists, without a COUNT.
      const rows = prepared(sql).all(...params, limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toSummary),
        nextCursor: rows.length > limit && last ? encodeDeskCursor({ sort, key: last.sort_key, id: last.id }) : null,
      };
    },
    counts(userId) {
      const byStatus = Object.fromEntries(ARTICLE_STATUSES.map((status) => [status, 0])) as Record<ArticleStatus, number>;
      for (const row of countRows.all()) {
        if (row.status in byStatus) byStatus[row.status as ArticleStatus] = row.live;
      }
      return {
        all: Object.values(byStatus).reduce((sum, count) => sum + count, 0),
        byStatus,
        mine: countMine.get(userId) ?? 0,
      };
    },
  };
}
