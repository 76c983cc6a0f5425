import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResults } from '../../../shared/domain/search';
import type { ArticleBody } from '../../../shared/domain/article-body';
import { bodyText } from '../../../shared/editor/body-text';
import { highlight, snippet } from '../../../shared/search/highlight';
import { hasDiacritics, parseSearchQuery, type QueryTerm } from '../../../shared/search/search-query';
import type { DeskFilters } from '../../../shared/search/desk-filters';
import { toSummary, type SummaryRow } from '../articles/article-store';
import { statementCache } from '../db/statement-cache';
import { filterClauses } from '../desk/filter-sql';
import { exactDiacriticScorer, type ExactDiacriticScorer } from './exact-match';

export const SEARCH_PAGE_SIZE = 50;

/**
 * When the query has diacritics, this many of the best bm25 candidates are re-ordered so that
 * exact-diacritic matches come first. Deeper costs more body text read per keystroke.
 */
export const RERANK_DEPTH = 100;

/**
 * `ORDER BY rank` scores every article a query matches, 1–6 µs each here, so a common query over
 * 100,000 articles (27,000–93,000 matches) spent 50–130 ms scoring before one row came back.
 * Scoring stops at this many matches: when more match, the most recently saved RANK_WINDOW of them
 * are ranked (by bm25, then recency) and `more` is true. A query with no more matches than this
 * ranks exactly as before. Older stories are found by adding a word or a date filter (the window
 * is counted after the filters).
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

/**
 * A ranked match with its article's desk-list columns and sapo (snippets are cut from it first),
 * and the index rowid (last-saved order). The article columns are null if the index still holds a
 * row whose article is gone or deleted: such a row counts as a match but is not shown.
 */
type CandidateRow = { [K in keyof DetailRow]: K extends 'rowid' | 'rank' ? DetailRow[K] : DetailRow[K] | null } & {
  /** 1 on the one row past the window (the walk reached older matches), which sorts first. */
  beyond: number;
  /** The body JSON as UTF-8 bytes, when asked for with the candidates (see `candidatesSql`). */
  body_json: Buffer | null;
};

/** A desk-list row plus the sapo, the index rowid and its rank. */
type DetailRow = SummaryRow & { rowid: number; rank: number; sapo: string };

/**
 * Every word must match; the last one as a prefix while it is being typed. Words are quoted. A
 * word that reads as unconverted Telex matches either way ("dongf" finds "dong" and "dongf").
 */
export const matchExpression = (terms: readonly QueryTerm[]): string =>
  terms
    .map((term) => {
      const star = term.prefix ? '*' : '';
      return term.telex ? `("${term.folded}"${star} OR "${term.telex}"${star})` : `"${term.folded}"${star}`;
    })
    // FTS5 ANDs neighbouring phrases by itself, but not a parenthesised group: say AND.
    .join(' AND ');

/**
 * Full-text search over the folded index. Ranking: bm25 (weighted by column, the index's rank),
 * then recency, over at most RANK_WINDOW of the newest matches (see there). The index gives an
 * article a new rowid on every save, so rowid order is last-saved order and the tie-break needs no
 * join. Then, when the query has diacritics, exact-diacritic matches are moved first within the top
 * RERANK_DEPTH. Filters join the articles table before ranking.
 */
export function createArticleSearch(db: Database, options: { rankWindow?: number } = {}): ArticleSearch {
  const rankWindow = options.rankWindow ?? RANK_WINDOW;
  const candidatesQuery = statementCache<CandidateRow>(db);
  // As BLOBs: the re-rank searches the UTF-8 bytes, and only snippets need a body as a string.
  const bodies = db.prepare<[string], { rowid: number; body_json: Buffer }>(
    `SELECT r.rowid, CAST(a.body_json AS BLOB) AS body_json FROM article_search_rowids r
     JOIN articles a ON a.id = r.article_id WHERE r.rowid IN (SELECT value FROM json_each(?))`,
  );
  const readBodies: BodiesOf = (rowids) =>
    new Map(bodies.all(JSON.stringify(rowids)).map((row) => [row.rowid, row.body_json]));

  /**
   * The best `depth` candidates in the window with their articles, and whether older matches were
   * left out of it (the row past the window comes back first, so it is one more row, not a count).
   */
  const candidates = (terms: QueryTerm[], filters: DeskFilters | undefined, depth: number, withBodies: boolean) => {
    const { sql, params } = candidatesSql(matchExpression(terms), filters, rankWindow, depth, withBodies);
    const rows = candidatesQuery(sql).all(...params);
    const leftOut = rows[0]?.beyond === 1;
    return { found: leftOut ? rows.slice(1) : rows.slice(0, depth), leftOut };
  };

  return {
    search({ query, filters, limit = SEARCH_PAGE_SIZE }) {
      const terms = parseSearchQuery(query);
      if (terms.length === 0) return { items: [], more: false };
      const rerank = hasDiacritics(terms);
      const depth = rerank ? Math.max(limit + 1, RERANK_DEPTH) : limit + 1;
      const { found, leftOut } = candidates(terms, filters, depth, rerank);
      const wanted = rerank ? found : found.slice(0, limit);
      let ordered: DetailRow[] = wanted.filter((row): row is CandidateRow & DetailRow => row.id !== null);
      const bodiesOf = cachedBodies(readBodies, wanted);
      if (rerank) ordered = byExactDiacritics(ordered, terms, bodiesOf, limit);
      return { items: hitsOf(ordered.slice(0, limit), terms, bodiesOf), more: leftOut || found.length > limit };
    },
  };
}

/**
 * The candidates' SQL: the best `depth` matches by rank, then recency, among the `window` most
 * recently saved matches that pass the filters, joined to their articles (as the page needs them).
 * One walk over the matches, newest first (rowid order is last-saved order), stops after
 * window + 1 that pass, and bm25 is read only for those. bm25 still takes document frequencies from
 * the whole index, so a score in the window is the score a full ranking gives. The (window + 1)th
 * match, if the walk reached one, is not ranked: it sorts first, flagged `beyond`, to say older
 * matches were left out (a `count(*) OVER ()` cost a second pass over the window, ~1 ms a search).
 * `withBodies` (the re-rank, which reads most candidates' bodies) brings the body JSON along: the
 * row's later columns already walk the body's overflow pages, so the bytes cost a copy here, while
 * a second statement walked them again (~0.6 ms a search).
 */
function candidatesSql(match: string, filters: DeskFilters | undefined, window: number, depth: number, withBodies: boolean) {
  const { where, params } = filterClauses(filters);
  const join =
    where.length === 0
      ? ''
      : 'JOIN article_search_rowids r ON r.rowid = s.rowid JOIN articles a ON a.id = r.article_id';
  const filtered = where.length === 0 ? '' : ` AND a.deleted_at IS NULL AND ${where.join(' AND ')}`;
  return {
    sql: `SELECT f.rowid, f.rank, f.beyond, a.id, a.headline, a.sapo, a.category, a.status, a.version,
        a.created_at, a.updated_at, a.created_by, a.holder_id,
        CASE WHEN ? THEN CAST(a.body_json AS BLOB) END AS body_json
      FROM (
        SELECT rowid, rank, age > ? AS beyond FROM (
          SELECT rowid, rank, row_number() OVER (ORDER BY rowid DESC) AS age
          FROM (SELECT s.rowid AS rowid, s.rank AS rank FROM article_search s ${join}
                WHERE s.article_search MATCH ?${filtered} ORDER BY s.rowid DESC LIMIT ?)
        ) ORDER BY beyond DESC, rank, rowid DESC LIMIT ?
      ) f
      LEFT JOIN article_search_rowids fr ON fr.rowid = f.rowid
      LEFT JOIN articles a ON a.id = fr.article_id AND a.deleted_at IS NULL
      ORDER BY f.beyond DESC, f.rank, f.rowid DESC`,
    params: [withBodies ? 1 : 0, window, match, ...params, window + 1, depth + 1],
  };
}

/**
 * Body JSON of these rows as UTF-8 bytes, by rowid. Bodies are the bulk of an article (most of its
 * bytes sit in overflow pages, and making JS strings of them cost more than reading them), so they
 * are read only for rows whose headline and sapo cannot settle the question at hand, each at most
 * once per search.
 */
type BodiesOf = (rowids: number[]) => Map<number, Buffer>;

function cachedBodies(read: BodiesOf, known: ReadonlyArray<{ rowid: number; body_json: Buffer | null }>): BodiesOf {
  const cache = new Map<number, Buffer>();
  for (const row of known) if (row.body_json !== null) cache.set(row.rowid, row.body_json);
  return (rowids) => {
    const missing = rowids.filter((rowid) => !cache.has(rowid));
    if (missing.length > 0) for (const [rowid, body] of read(missing)) cache.set(rowid, body);
    return new Map(rowids.flatMap((rowid) => (cache.has(rowid) ? [[rowid, cache.get(rowid)!] as const] : [])));
  };
}

/** Rows scored together: one read of their bodies. */
const RERANK_BATCH = 25;

/**
 * A stable sort by exactness, so bm25 and recency still order the rows within each exactness.
 * Rows are scored in bm25 order, a batch at a time, and scoring stops once `limit` rows have the
 * top score: those are then the page, whatever the rest score. A row whose headline and sapo
 * already hold every word typed with diacritics has the top score whatever its body says, so only
 * the others have their body read.
 */
function byExactDiacritics(rows: DetailRow[], terms: QueryTerm[], bodiesOf: BodiesOf, limit: number): DetailRow[] {
  const score = exactDiacriticScorer(terms);
  const best = score.best;
  const exact = new Map<number, number>();
  let atBest = 0;
  for (let start = 0; start < rows.length && atBest < limit; start += RERANK_BATCH) {
    for (const [rowid, exactness] of exactScores(rows.slice(start, start + RERANK_BATCH), score, best, bodiesOf)) {
      exact.set(rowid, exactness);
      if (exactness === best) atBest += 1;
    }
  }
  const scored = rows.filter((row) => exact.has(row.rowid)).sort((a, b) => exact.get(b.rowid)! - exact.get(a.rowid)!);
  return [...scored, ...rows.filter((row) => !exact.has(row.rowid))];
}

function exactScores(rows: DetailRow[], score: ExactDiacriticScorer, best: number, bodiesOf: BodiesOf): Map<number, number> {
  const scores = new Map(rows.map((row) => [row.rowid, score([row.headline, row.sapo])]));
  const unsettled = rows.filter((row) => scores.get(row.rowid)! < best);
  if (unsettled.length === 0) return scores;
  const bodies = bodiesOf(unsettled.map((row) => row.rowid));
  for (const row of unsettled) scores.set(row.rowid, score([row.headline, row.sapo, bodies.get(row.rowid) ?? '']));
  return scores;
}

/** The page's hits; the body is read and parsed only for rows whose sapo has nothing to show. */
function hitsOf(rows: DetailRow[], terms: QueryTerm[], bodiesOf: BodiesOf): SearchHit[] {
  const sapoSnippets = rows.map((row) => snippet(row.sapo, terms));
  const needBody = rows.filter((_row, index) => sapoSnippets[index] === null).map((row) => row.rowid);
  const bodies = needBody.length > 0 ? bodiesOf(needBody) : new Map<number, Buffer>();
  return rows.map((row, index) => {
    const body = bodies.get(row.rowid);
    return {
      article: toSummary(row),
      headline: highlight(row.headline, terms),
      snippet: sapoSnippets[index] ?? (body === undefined ? null : snippet(bodyTextOf(body), terms)),
    };
  });
}

const bodyTextOf = (bodyJson: Buffer): string =>
  bodyText(JSON.parse(bodyJson.toString('utf8')) as ArticleBody).blocks.join('\n');
