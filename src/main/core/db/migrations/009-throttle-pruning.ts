import type { Migration } from '../migration';

/**
 * The sign-in throttle forgets a user name a day after its last failure (#13), so it needs the time
 * of that failure. Rows from before this step get the time of the migration (or their lock's end,
 * if later): they are forgotten a day from now, never while a lock is still running.
 */
export const migration009: Migration = {
  version: 9,
  name: 'throttle-pruning',
  up(db) {
    db.exec(`
      ALTER TABLE sign_in_throttle ADD COLUMN last_failure_at TEXT NOT NULL DEFAULT '';
      UPDATE sign_in_throttle
         SET last_failure_at = max(coalesce(locked_until, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      CREATE INDEX sign_in_throttle_by_last_failure ON sign_in_throttle (last_failure_at);
    `);
  },
};
