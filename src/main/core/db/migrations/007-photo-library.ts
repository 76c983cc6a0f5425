import type { Migration } from '../migration';

/**
 * The photo library (Kho ảnh).
 *
 * - `media` gains the photo's own text (caption, headline, creator, credit, copyright, alt text,
 *   keywords), where and when it was taken, who imported it, and a version for optimistic
 *   concurrency like articles. Photos already stored get empty text and version 1. `photo_day` is
 *   the day the photo was taken (its import day when the file does not say), newsroom time, so the
 *   date filter is a plain range on an indexed text column.
 * - `photo_search`: FTS5 over the folded caption, headline, credit, creator, keywords and city,
 *   contentless like `article_search` (the text lives in `media`), kept in step by the library in
 *   the transaction of every import and edit. `photo_search_rowids` maps FTS rowids to photos, for
 *   the same reason as articles: `media` has no INTEGER PRIMARY KEY.
 * - `media_counts`: the library's badge numbers (all, uncaptioned) kept by triggers in the same
 *   transaction as any write to `media`. A count over a partial index would still read one index
 *   entry per photo each time the Kho ảnh sidebar refreshes; the counter is one row read, and
 *   triggers keep it right whoever writes (the same choice as `article_counts`).
 * - Keyset indexes for the grid (newest import first) and for the "Ảnh chưa chú thích" view
 *   (a partial index holding only the photos without a caption).
 */
export const migration007: Migration = {
  version: 7,
  name: 'photo-library',
  up(db) {
    db.exec(`
      ALTER TABLE media ADD COLUMN caption TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN headline TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN creator TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN credit TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN copyright TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN alt_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN keywords_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE media ADD COLUMN taken_at TEXT;
      ALTER TABLE media ADD COLUMN photo_day TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN city TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN gps_lat REAL;
      ALTER TABLE media ADD COLUMN gps_lon REAL;
      ALTER TABLE media ADD COLUMN imported_by TEXT REFERENCES users (id);
      ALTER TABLE media ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE media ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE media ADD COLUMN updated_by TEXT REFERENCES users (id);

      -- Vietnam is UTC+7 all year: the import day in newsroom time.
      UPDATE media SET updated_at = created_at, photo_day = date(created_at, '+7 hours');

      CREATE VIRTUAL TABLE photo_search USING fts5(
        caption, headline, credit, creator, keywords, city,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '2 3'
      );

      CREATE TABLE photo_search_rowids (
        rowid     INTEGER PRIMARY KEY,
        media_id  TEXT NOT NULL UNIQUE REFERENCES media (id)
      ) STRICT;

      CREATE TABLE media_counts (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        all_photos   INTEGER NOT NULL CHECK (all_photos >= 0),
        uncaptioned  INTEGER NOT NULL CHECK (uncaptioned >= 0)
      ) STRICT;

      INSERT INTO media_counts (id, all_photos, uncaptioned)
        SELECT 1, count(*), count(*) FILTER (WHERE caption = '') FROM media;

      CREATE TRIGGER media_counts_after_insert AFTER INSERT ON media BEGIN
        UPDATE media_counts SET all_photos = all_photos + 1, uncaptioned = uncaptioned + (new.caption = '');
      END;

      CREATE TRIGGER media_counts_after_caption AFTER UPDATE OF caption ON media BEGIN
        UPDATE media_counts SET uncaptioned = uncaptioned - (old.caption = '') + (new.caption = '');
      END;

      CREATE TRIGGER media_counts_after_delete AFTER DELETE ON media BEGIN
        UPDATE media_counts SET all_photos = all_photos - 1, uncaptioned = uncaptioned - (old.caption = '');
      END;

      CREATE INDEX media_by_import ON media (created_at DESC, id DESC);
      CREATE INDEX media_uncaptioned ON media (created_at DESC, id DESC) WHERE caption = '';
      CREATE INDEX media_by_day ON media (photo_day);
    `);
    // Photos stored before this version have no text yet: each gets an (empty) search row, so every
    // photo has one and an edit only ever replaces it.
    db.exec(`INSERT INTO photo_search_rowids (media_id) SELECT id FROM media ORDER BY created_at, id`);
    db.exec(`INSERT INTO photo_search (rowid, caption, headline, credit, creator, keywords, city)
             SELECT rowid, '', '', '', '', '', '' FROM photo_search_rowids`);
  },
};
