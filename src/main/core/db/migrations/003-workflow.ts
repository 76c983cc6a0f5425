import type { Migration } from '../migration';

/**
 * Users, the workflow's bookkeeping and the legal record.
 *
 * - users: roles as a JSON array; `username_key` is the folded name sign-in matches on.
 * - sign_in_throttle: failed attempts per user name survive restarts, so closing the app does not
 *   reset the lockout.
 * - articles gain their author, the editor holding them, and scheduling/publishing times.
 * - notes: the editorial thread on a story, never published.
 * - audit_log and publications are append-only: triggers refuse UPDATE and DELETE, so not even a bug
 *   in the app can rewrite the record of who approved and published what. Published versions are
 *   kept whole (article JSON + rendered HTML) for the press law's retention period and beyond.
 */
export const migration003: Migration = {
  version: 3,
  name: 'workflow',
  up(db) {
    db.exec(`
      CREATE TABLE newsroom_info (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id             TEXT PRIMARY KEY,
        username       TEXT NOT NULL,
        username_key   TEXT NOT NULL UNIQUE,
        display_name   TEXT NOT NULL,
        initials       TEXT NOT NULL,
        roles_json     TEXT NOT NULL,
        password_hash  TEXT NOT NULL,
        disabled_at    TEXT,
        version        INTEGER NOT NULL DEFAULT 1,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sign_in_throttle (
        username_key  TEXT PRIMARY KEY,
        failures      INTEGER NOT NULL,
        locked_until  TEXT
      ) STRICT;

      ALTER TABLE articles ADD COLUMN created_by TEXT REFERENCES users (id);
      ALTER TABLE articles ADD COLUMN holder_id TEXT REFERENCES users (id);
      ALTER TABLE articles ADD COLUMN publish_at TEXT;
      ALTER TABLE articles ADD COLUMN published_at TEXT;

      CREATE INDEX articles_by_status ON articles (status, updated_at DESC, id DESC)
        WHERE deleted_at IS NULL;
      CREATE INDEX articles_by_author ON articles (created_by, updated_at DESC, id DESC)
        WHERE deleted_at IS NULL;

      CREATE TABLE notes (
        id          TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id),
        author_id   TEXT NOT NULL REFERENCES users (id),
        body        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_by_article ON notes (article_id, created_at);

      CREATE TABLE audit_log (
        seq              INTEGER PRIMARY KEY AUTOINCREMENT,
        at               TEXT NOT NULL,
        user_id          TEXT REFERENCES users (id),
        action           TEXT NOT NULL,
        article_id       TEXT REFERENCES articles (id),
        from_status      TEXT,
        to_status        TEXT,
        article_version  INTEGER,
        details_json     TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX audit_by_article ON audit_log (article_id, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      CREATE TABLE publications (
        id                 TEXT PRIMARY KEY,
        article_id         TEXT NOT NULL REFERENCES articles (id),
        sequence           INTEGER NOT NULL,
        kind               TEXT NOT NULL CHECK (kind IN ('publish', 'correction')),
        article_version    INTEGER NOT NULL,
        article_json       TEXT NOT NULL,
        html               TEXT NOT NULL,
        correction_notice  TEXT,
        published_at       TEXT NOT NULL,
        published_by       TEXT NOT NULL REFERENCES users (id),
        UNIQUE (article_id, sequence)
      ) STRICT;
      CREATE TRIGGER publications_no_update BEFORE UPDATE ON publications
        BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;
      CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications
        BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;
    `);
  },
};
