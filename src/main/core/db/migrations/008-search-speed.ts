import type { Migration } from '../migration';

/**
 * Saved searches per user, and the desk list by publication time.
 *
 * Numbered 008 because other branches hold 007 and 009; until they merge it is the seventh step
 * here (the list must stay contiguous), and the merge renumbers it.
 *
 * - `saved_searches.owner_id`: a saved search belongs to the user who saved it and shows only in
 *   their sidebar. Searches saved before this step have no owner (nobody recorded who saved them),
 *   so they stay newsroom-wide until someone deletes them.
 * - Keyset indexes for sorting by `published_at`. Stories never published have no publication
 *   time; the sort key is `coalesce(published_at, '')`, which puts them after every published one
 *   ('' sorts below any ISO time) in one index range, so the keyset needs no special case for NULL.
 * - `articles_search_filters`: a search with filters joins each match to its article to test the
 *   filters. The filtered columns come after `body_json` in the row, so reading them walked the
 *   body's overflow pages for every match (a filtered search took 3–10× an unfiltered one); this
 *   index holds them all, so the join reads the index instead (the JSON filters still read the row).
 */
export const migration008: Migration = {
  version: 8,
  name: 'search-speed',
  up(db) {
    db.exec(`
      ALTER TABLE saved_searches ADD COLUMN owner_id TEXT REFERENCES users (id);
      CREATE INDEX saved_searches_by_owner ON saved_searches (owner_id, created_at, id)
        WHERE deleted_at IS NULL;

      CREATE INDEX articles_by_published ON articles (coalesce(published_at, '') DESC, id DESC)
        WHERE deleted_at IS NULL;
      CREATE INDEX articles_by_status_published ON articles (status, coalesce(published_at, '') DESC, id DESC)
        WHERE deleted_at IS NULL;

      CREATE INDEX articles_search_filters
        ON articles (id, deleted_at, status, category, created_at, updated_at, published_at, created_by);
    `);
  },
};
