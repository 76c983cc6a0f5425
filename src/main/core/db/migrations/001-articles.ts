import type { Migration } from '../migration';

/**
 * Articles and the change log. Every row carries a version (bumped on each write, used for
 * optimistic concurrency) and `updated_at`; deletes are soft (`deleted_at`) so nothing a reporter
 * wrote disappears, and so a later sync can tell "deleted" from "never seen". The change log records
 * every write in order: it is what the future newsroom-server sync will replay.
 */
export const migration001: Migration = {
  version: 1,
  name: 'articles',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id          TEXT PRIMARY KEY,
        headline    TEXT NOT NULL DEFAULT '',
        sapo        TEXT NOT NULL DEFAULT '',
        body_json   TEXT NOT NULL,
        category    TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL DEFAULT 'draft',
        version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;

      -- The desk list: newest first, keyset-paginated on (updated_at, id).
      CREATE INDEX articles_by_updated ON articles (updated_at DESC, id DESC)
        WHERE deleted_at IS NULL;

      CREATE TABLE change_log (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        entity      TEXT NOT NULL,
        entity_id   TEXT NOT NULL,
        version     INTEGER NOT NULL,
        operation   TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
        changed_at  TEXT NOT NULL,
        data_json   TEXT NOT NULL
      ) STRICT;

      CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, seq);
    `);
  },
};
