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

/**
 * bm25 scores every article a query matches, about 1–6 µs each here, so a common query over 100,000
 * articles (30,000–90,000 matches) spent 50–130 ms scoring before one row came back. Scoring stops
 * at this many matches: when more match, the most recently saved RANK_WINDOW of them are ranked
 * (by bm25, then recency) and `more` is true. A query with fewer matches ranks exactly as before.
 * Older stories are still found by narrowing the query or by a date filter (the window is counted
 * after filters).
 */
export const RANK_WINDOW = 5_000;

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
 * then recency, over at most RANK_WINDOW of the newest matches (see there). The index gives an
 * article a new rowid on every save, so rowid order is last-saved order and the tie-break needs no
 * join. Then, when the query has diacritics, exact-diacritic matches are moved first within the top
 * RERANK_DEPTH. Filters join the articles table before ranking.
 */
export function createArticleSearch(db: Database, options: { rankWindow?: number } = {}): ArticleSearch {
  const rankWindow = options.rankWindow ?? RANK_WINDOW;
  const candidatesQuery = statementCache<Candidate>(db);
  const beyondQuery = statementCache<{ rowid: number }>(db);
  const details = db.prepare<[string], DetailRow>(
    `SELECT r.rowid, a.id, a.headline, a.sapo, a.body_json, a.category, a.status, a.version, a.created_at, a.updated_at,
       a.created_by, a.holder_id
     FROM article_search_rowids r JOIN articles a ON a.id = r.article_id
     WHERE r.rowid IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL`,
  );

  /** The best `depth` candidates in the window, and whether older matches were left out of it. */
  const candidates = (terms: QueryTerm[], filters: DeskFilters | undefined, depth: number) => {
    const match = matchExpression(terms);
    const { beyond, ranked, params } = candidatesSql(filters);
    const outside = beyondQuery(beyond).get(match, ...params, rankWindow)?.rowid ?? null;
    // Recency breaks ties here rather than in SQL: a second sort key would stop FTS5 from
    // ordering by rank itself.
    const found = candidatesQuery(ranked)
      .all(outside ?? 0, match, ...params, depth)
      .sort((a, b) => a.rank - b.rank || b.rowid - a.rowid);
    return { found, leftOut: outside !== null };
  };

  return {
    search({ query, filters, limit = SEARCH_PAGE_SIZE }) {
      const terms = parseSearchQuery(query);
      if (terms.length === 0) return { items: [], more: false };
      const rerank = hasDiacritics(terms);
      const { found, leftOut } = candidates(terms, filters, rerank ? Math.max(limit + 1, RERANK_DEPTH) : limit + 1);
      const wanted = rerank ? found : found.slice(0, limit);
      const rows = new Map(details.all(JSON.stringify(wanted.map((c) => c.rowid))).map((row) => [row.rowid, row]));
      let ordered = wanted.flatMap((candidate) => rows.get(candidate.rowid) ?? []);
      if (rerank) ordered = byExactDiacritics(ordered, terms);
      return { items: ordered.slice(0, limit).map((row) => hitOf(row, terms)), more: leftOut || found.length > limit };
    },
  };
}

/**
 * The candidates' SQL, in two steps. `beyond`: the newest match just past the window (the
 * RANK_WINDOW + 1st newest that passes the filters), found by walking the matches newest first
 * without scoring them (rowid order is last-saved order); null when the window holds every match.
 * `ranked`: the best `depth` matches by rank with a rowid above it, so FTS5 scores only the window.
 * bm25 still reads document frequencies over the whole index, so a score inside the window is the
 * score a full ranking gives.
 */
function candidatesSql(filters: DeskFilters | undefined) {
  const { where, params } = filterClauses(filters);
  const join =
    where.length === 0
      ? ''
      : 'JOIN article_search_rowids r ON r.rowid = s.rowid JOIN articles a ON a.id = r.article_id';
  const filtered = where.length === 0 ? '' : ` AND a.deleted_at IS NULL AND ${where.join(' AND ')}`;
  return {
    beyond: `SELECT s.rowid AS rowid FROM article_search s ${join}
      WHERE s.article_search MATCH ?${filtered} ORDER BY s.rowid DESC LIMIT 1 OFFSET ?`,
    // CAST: better-sqlite3 binds a JS number as REAL, and FTS5 only takes an INTEGER as a rowid
    // bound; given a REAL it scores every match and leaves the bound to SQLite (6–10× slower here).
    // With filters, `+` keeps the order out of FTS5, which would score every match in the window
    // before the join drops the filtered-out ones; SQLite sorts instead and reads the rank (bm25)
    // only for matches that pass.
    ranked: `SELECT s.rowid AS rowid, s.rank AS rank FROM article_search s ${join}
      WHERE s.rowid > CAST(? AS INTEGER) AND s.article_search MATCH ?${filtered}
      ORDER BY ${where.length === 0 ? 's.rank' : '+s.rank'} LIMIT ?`,
    params,
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
