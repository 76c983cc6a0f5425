import type { ServerMigration } from '../migration';

/**
 * Records sync (#11 items 3–4): what the server needs to apply pushed changes itself.
 *
 * - stories: the workflow's two times, so a pulled story is the whole record.
 * - notes: the editorial thread, with the id the laptop gave each note (a note travels once).
 * - sync_refusals: every refused change by its `change_id`, with its reason, so a retried push of a
 *   refused change gets the same answer instead of being weighed again against a later state. The
 *   reasons are written out (those of `shared/sync/refusals.ts` today): a migration never changes.
 */
export const migration002: ServerMigration = {
  version: 2,
  name: 'sync',
  async up(tx) {
    await tx.exec(`
      ALTER TABLE stories ADD COLUMN publish_at timestamptz;
      ALTER TABLE stories ADD COLUMN published_at timestamptz;

      CREATE TABLE notes (
        id          uuid PRIMARY KEY,
        story_id    uuid NOT NULL REFERENCES stories (id),
        author_id   uuid NOT NULL REFERENCES accounts (id),
        body        text NOT NULL,
        created_at  timestamptz NOT NULL
      );
      CREATE INDEX notes_by_story ON notes (story_id, created_at);

      CREATE TABLE sync_refusals (
        change_id   uuid PRIMARY KEY,
        account_id  uuid NOT NULL REFERENCES accounts (id),
        reason      text NOT NULL CHECK (reason IN ('invalid', 'role', 'state', 'missing', 'unsupported')),
        message     text NOT NULL,
        story_id    uuid,
        refused_at  timestamptz NOT NULL
      );
    `);
  },
};
