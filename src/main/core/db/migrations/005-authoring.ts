import type { Migration } from '../migration';

/**
 * Article authoring: the byline and metadata fields on articles, revisions (full snapshots, so a
 * restore never depends on replaying anything), the draft recovery journal (the last typed state of
 * each open editor, written on every pause, cleared on save) and the photo media index.
 */
export const migration005: Migration = {
  version: 5,
  name: 'authoring',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN byline_label TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN authors_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE articles ADD COLUMN place TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN keywords_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE articles ADD COLUMN slug TEXT NOT NULL DEFAULT '';

      CREATE TABLE revisions (
        id               TEXT PRIMARY KEY,
        article_id       TEXT NOT NULL REFERENCES articles (id),
        article_version  INTEGER NOT NULL,
        reason           TEXT NOT NULL,
        user_id          TEXT,
        created_at       TEXT NOT NULL,
        content_json     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_article ON revisions (article_id, created_at DESC, id DESC);

      -- Per user: on a shared laptop each person is offered only their own unsaved text.
      CREATE TABLE draft_journal (
        user_id       TEXT NOT NULL REFERENCES users (id),
        draft_key     TEXT NOT NULL,
        article_id    TEXT,
        base_version  INTEGER,
        fields_json   TEXT NOT NULL,
        written_at    TEXT NOT NULL,
        PRIMARY KEY (user_id, draft_key)
      ) STRICT;

      CREATE TABLE media (
        id            TEXT PRIMARY KEY,
        mime_type     TEXT NOT NULL,
        width         INTEGER NOT NULL,
        height        INTEGER NOT NULL,
        byte_size     INTEGER NOT NULL,
        file_name     TEXT NOT NULL,
        created_at    TEXT NOT NULL
      ) STRICT;
    `);
  },
};
