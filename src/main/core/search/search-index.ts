import type { Database } from 'better-sqlite3';
import type { ArticleBody } from '../../../shared/domain/article-body';
import type { Author } from '../../../shared/domain/byline';
import { fold } from '../../../shared/text/fold';
import { SEARCH_COLUMNS, searchDocumentOf, type SearchableArticle } from './search-document';

export interface SearchIndex {
  /**
   * Indexes (or re-indexes) a live article with its editorial notes. Call inside the transaction
   * that saves the article or adds a note.
   */
  put(articleId: string, article: SearchableArticle): void;
  /** Takes an article out of the index (it was deleted). */
  remove(articleId: string): void;
}

const columnList = SEARCH_COLUMNS.join(', ');
const placeholders = SEARCH_COLUMNS.map((column) => `@${column}`).join(', ');

/**
 * Keeps `article_search` in step with the articles. It never opens a transaction of its own: the
 * article store calls it inside the transaction of each save, so the index and the article commit
 * (or roll back) together.
 */
export function createSearchIndex(db: Database): SearchIndex {
  const rowidOf = db.prepare<[string], { rowid: number }>(
    'SELECT rowid FROM article_search_rowids WHERE article_id = ?',
  );
  const newRowid = db.prepare<[string]>('INSERT INTO article_search_rowids (article_id) VALUES (?)');
  const dropRowid = db.prepare<[number]>('DELETE FROM article_search_rowids WHERE rowid = ?');
  const dropDocument = db.prepare<[number]>('DELETE FROM article_search WHERE rowid = ?');
  const notesOf = db.prepare<[string], string>('SELECT body FROM notes WHERE article_id = ? ORDER BY created_at, id').pluck();
  const insertDocument = db.prepare(
    `INSERT INTO article_search (rowid, ${columnList}) VALUES (@rowid, ${placeholders})`,
  );

  const remove = (articleId: string): void => {
    const existing = rowidOf.get(articleId);
    if (!existing) return;
    dropDocument.run(existing.rowid);
    dropRowid.run(existing.rowid);
  };

  return {
    put(articleId, article) {
      // A fresh rowid on every save: rowid order is then last-saved order, the search's tie-break.
      remove(articleId);
      const rowid = Number(newRowid.run(articleId).lastInsertRowid);
      const document = searchDocumentOf(article, notesOf.all(articleId));
      const folded = Object.fromEntries(SEARCH_COLUMNS.map((column) => [column, fold(document[column])]));
      insertDocument.run({ rowid, ...folded });
    },
    remove,
  };
}

/**
 * Indexes every live article from scratch, in update order (so rowid order is recency, as saves
 * leave it). Used by the migration that creates the index and measured by the benchmark.
 */
export function rebuildSearchIndex(db: Database): void {
  db.exec('DELETE FROM article_search; DELETE FROM article_search_rowids;');
  const index = createSearchIndex(db);
  const rows = db
    .prepare<
      [],
      { id: string; headline: string; sapo: string; body_json: string; category: string; byline_label: string; authors_json: string; place: string; keywords_json: string }
    >(
      `SELECT id, headline, sapo, body_json, category, byline_label, authors_json, place, keywords_json
       FROM articles WHERE deleted_at IS NULL ORDER BY updated_at, id`,
    )
    .all();
  for (const row of rows) {
    index.put(row.id, {
      headline: row.headline,
      sapo: row.sapo,
      category: row.category,
      place: row.place,
      body: JSON.parse(row.body_json) as ArticleBody,
      bylineLabel: row.byline_label,
      authors: JSON.parse(row.authors_json) as Author[],
      keywords: JSON.parse(row.keywords_json) as string[],
    });
  }
}
