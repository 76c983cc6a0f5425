import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResults } from '../../../shared/contract/search-contract';
import type { ArticleBody } from '../../../shared/domain/article-body';
import { bodyText } from '../../../shared/editor/body-text';
import { highlight, snippet } from '../../../shared/search/highlight';
import { hasDiacritics, parseSearchQuery, type QueryTerm } from '../../../shared/search/search-query';
import type { DeskFilters } from '../../../shared/search/desk-filters';
import { toSummary, type SummaryRow } from '../articles/article-store';
import { statementCache } from '../db/statement-cache';
import { filterClauses } from '../desk/filter-sql';
import { exactDiacriticScore } from './exact-match';

export const SEARCH_PAGE_SIZE = 50;

/**
 * When the query has diacritics, this many of the best bm25 candidates are re-ordered so that
 * exact-diacritic matches come first. Deeper costs more body text read per keystroke.
 */
export const RERANK_DEPTH = 100;

export interface SearchOptions {
  query: string;
  filters?: DeskFilters | undefined;
  limit?: number | undefined;
}

export interface ArticleSearch {
  search(options: SearchOptions): SearchResults;
}

interface Candidate {
  rowid: number;
  rank: number;
}

/** A desk-list row plus what snippets are cut from, and the index rowid (last-saved order). */
type DetailRow = SummaryRow & { rowid: number; sapo: string; body_json: string };

/** Every word must match; the last one as a prefix while it is being typed. Words are quoted. */
export const matchExpression = (terms: readonly QueryTerm[]): string =>
  terms.map((term) => `"${term.folded}"${term.prefix ? '*' : ''}`).join(' ');

/**
 * Full-text search over the folded index. Ranking: bm25 (weighted by column, the index's rank),
 * then recency. The index gives an article a new rowid on every save, so rowid order is last-saved
 * order and the tie-break needs no join. Then, when the query has diacritics, exact-diacritic matches are moved
 * first within the top RERANK_DEPTH. Filters join the articles table before ranking.
 */
export function createArticleSearch(db: Database): ArticleSearch {
  const candidatesQuery = statementCache<Candidate>(db);
  const details = db.prepare<[string], DetailRow>(
    `SELECT r.rowid, a.id, a.headline, a.sapo, a.body_json, a.category, a.status, a.version, a.created_at, a.updated_at,
       a.created_by, a.holder_id
     FROM article_search_rowids r JOIN articles a ON a.id = r.article_id
     WHERE r.rowid IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL`,
  );

  const candidates = (terms: QueryTerm[], filters: DeskFilters | undefined, depth: number): Candidate[] => {
    const { where, params } = filterClauses(filters);
    const sql =
      where.length === 0
        ? 'SELECT rowid, rank FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?'
        : `SELECT article_search.rowid AS rowid, rank FROM article_search
           JOIN article_search_rowids r ON r.rowid = article_search.rowid
           JOIN articles a ON a.id = r.article_id
           WHERE article_search MATCH ? AND a.deleted_at IS NULL AND ${where.join(' AND ')}
           ORDER BY rank LIMIT ?`;
    // Recency breaks ties here rather than in SQL: a second sort key would stop FTS5 from
    // ordering by rank itself.
    return candidatesQuery(sql)
      .all(matchExpression(terms), ...params, depth)
      .sort((a, b) => a.rank - b.rank || b.rowid - a.rowid);
  };

  return {
    search({ query, filters, limit = SEARCH_PAGE_SIZE }) {
      const terms = parseSearchQuery(query);
      if (terms.length === 0) return { items: [], more: false };
      const rerank = hasDiacritics(terms);
      const found = candidates(terms, filters, rerank ? Math.max(limit + 1, RERANK_DEPTH) : limit + 1);
      const wanted = rerank ? found : found.slice(0, limit);
      const rows = new Map(details.all(JSON.stringify(wanted.map((c) => c.rowid))).map((row) => [row.rowid, row]));
      let ordered = wanted.flatMap((candidate) => rows.get(candidate.rowid) ?? []);
      if (rerank) ordered = byExactDiacritics(ordered, terms);
      return { items: ordered.slice(0, limit).map((row) => hitOf(row, terms)), more: found.length > limit };
    },
  };
}

/** A stable sort, so bm25 and recency still order the rows within each exactness. */
function byExactDiacritics(rows: DetailRow[], terms: QueryTerm[]): DetailRow[] {
  const scored = rows.map((row) => ({
    row,
    exact: exactDiacriticScore(`${row.headline}\n${row.sapo}\n${row.body_json}`, terms),
  }));
  return scored.sort((a, b) => b.exact - a.exact).map(({ row }) => row);
}

function hitOf(row: DetailRow, terms: QueryTerm[]): SearchHit {
  return {
    article: toSummary(row),
    headline: highlight(row.headline, terms),
    // The body is parsed only when the sapo has nothing to show.
    snippet: snippet(row.sapo, terms) ?? snippet(bodyText(JSON.parse(row.body_json) as ArticleBody).blocks.join('\n'), terms),
  };
}
