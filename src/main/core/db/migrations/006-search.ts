import type { Migration } from '../migration';

/**
 * Search and the desk at newsroom scale.
 *
 * - `article_search`: FTS5 over the folded text of every live article. Contentless (the articles
 *   table already holds the text; snippets are cut from it), with contentless_delete so a save can
 *   replace its row. Its rank is bm25 with column weights, so `ORDER BY rank` ranks inside FTS5.
 *   Prefix indexes for 2 and 3 letters make the word being typed cheap to look up (one letter is
 *   not searched, see search-query.ts). detail=column would be a quarter of the size, but bm25
 *   finds no term frequencies in a contentless detail=column table (every score is 0).
 * - `article_search_rowids`: the FTS rowid of each article. articles has no INTEGER PRIMARY KEY, and
 *   VACUUM may renumber such a table's implicit rowids, so the index must not lean on them.
 * - `article_counts`: live articles per state, kept by triggers in the same transaction as any
 *   write to articles (whoever makes it), so the desk's counts never scan the table.
 * - Partial indexes for the desk list's other sorts and filters (keyset pagination).
 * - `saved_searches`: searches kept in the sidebar; newsroom data, so they live in the database.
 *
 * The rank's weights are the column weights as released (headline 10, sapo 5, body 1, captions 2,
 * byline 4, keywords 4, notes 1), written out so the migration never changes with the live code.
 * Articles already stored are indexed by the `article-search` rebuild after the last migration.
 */
const RANK = 'bm25(10, 5, 1, 2, 4, 4, 1)';

export const migration006: Migration = {
  version: 6,
  name: 'search',
  rebuilds: ['article-search'],
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE article_search USING fts5(
        headline, sapo, body, captions, byline, keywords, notes,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '2 3'
      );
      INSERT INTO article_search (article_search, rank) VALUES ('rank', '${RANK}');

      CREATE TABLE article_search_rowids (
        rowid       INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TABLE article_counts (
        status  TEXT PRIMARY KEY,
        live    INTEGER NOT NULL CHECK (live >= 0)
      ) STRICT;

      INSERT INTO article_counts (status, live)
        SELECT status, count(*) FROM articles WHERE deleted_at IS NULL GROUP BY status;

      CREATE TRIGGER article_counts_after_insert AFTER INSERT ON articles
      WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO article_counts (status, live) VALUES (new.status, 1)
          ON CONFLICT (status) DO UPDATE SET live = live + 1;
      END;

      CREATE TRIGGER article_counts_after_update AFTER UPDATE OF status, deleted_at ON articles BEGIN
        UPDATE article_counts SET live = live - 1
          WHERE status = old.status AND old.deleted_at IS NULL;
        INSERT INTO article_counts (status, live) SELECT new.status, 1 WHERE new.deleted_at IS NULL
          ON CONFLICT (status) DO UPDATE SET live = live + 1;
      END;

      CREATE TRIGGER article_counts_after_delete AFTER DELETE ON articles
      WHEN old.deleted_at IS NULL BEGIN
        UPDATE article_counts SET live = live - 1 WHERE status = old.status;
      END;

      CREATE INDEX articles_by_created ON articles (created_at DESC, id DESC)
        WHERE deleted_at IS NULL;
      CREATE INDEX articles_by_status_updated ON articles (status, updated_at DESC, id DESC)
        WHERE deleted_at IS NULL;
      CREATE INDEX articles_by_status_created ON articles (status, created_at DESC, id DESC)
        WHERE deleted_at IS NULL;
      CREATE INDEX articles_by_category_updated ON articles (category, updated_at DESC, id DESC)
        WHERE deleted_at IS NULL;
      CREATE INDEX articles_by_category_created ON articles (category, created_at DESC, id DESC)
        WHERE deleted_at IS NULL;

      CREATE TABLE saved_searches (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        query         TEXT NOT NULL,
        filters_json  TEXT NOT NULL,
        version       INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        deleted_at    TEXT
      ) STRICT;
    `);
  },
};
