import type { Migration } from '../migration';

/**
 * The publishing outbox: one job per (article, version, destination, action). A job is written in
 * the same transaction as the workflow step that asks for it, so a publish can never be approved
 * without its delivery being queued, nor queued twice.
 *
 * States: pending → sending → sent; or retrying (back off, try again), failed (needs a person),
 * canceled. `seq` orders the jobs of one article on one destination: a job waits while an earlier
 * one there is unfinished, so an unpublish can never overtake the publish it undoes.
 */
export const migration004: Migration = {
  version: 4,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbox_jobs (
        seq               INTEGER PRIMARY KEY AUTOINCREMENT,
        id                TEXT NOT NULL UNIQUE,
        article_id        TEXT NOT NULL REFERENCES articles (id),
        article_version   INTEGER NOT NULL,
        destination_id    TEXT NOT NULL,
        action            TEXT NOT NULL CHECK (action IN ('publish', 'update', 'correct', 'unpublish')),
        idempotency_key   TEXT NOT NULL,
        payload_json      TEXT NOT NULL,
        state             TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'retrying', 'failed', 'canceled')),
        attempts          INTEGER NOT NULL DEFAULT 0,
        next_attempt_at   TEXT NOT NULL,
        last_error        TEXT,
        remote_id         TEXT,
        remote_url        TEXT,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        sent_at           TEXT,
        UNIQUE (article_id, article_version, destination_id, action)
      ) STRICT;

      CREATE INDEX outbox_due ON outbox_jobs (next_attempt_at)
        WHERE state IN ('pending', 'retrying');
      CREATE INDEX outbox_by_lane ON outbox_jobs (article_id, destination_id, seq);
    `);
  },
};
