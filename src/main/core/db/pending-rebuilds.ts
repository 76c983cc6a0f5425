import type { Database } from 'better-sqlite3';
import type { IndexRebuildName } from './migration';

/**
 * The index rebuilds a migration asked for and that have not run yet. The table is made by the
 * first migration that asks for a rebuild, in that migration's transaction, so it exists exactly
 * when there is (or was) something to rebuild; it is bookkeeping of the migration runner, like
 * `user_version`, not part of the numbered schema.
 */
const TABLE = 'pending_index_rebuilds';

const tableExists = (db: Database): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(TABLE) !== undefined;

/** Records rebuilds inside the caller's (the migration's) transaction. */
export function requestRebuilds(db: Database, names: readonly IndexRebuildName[], version: number): void {
  if (names.length === 0) return;
  db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (
    name          TEXT PRIMARY KEY,
    requested_by  INTEGER NOT NULL
  ) STRICT`);
  const insert = db.prepare(`INSERT INTO ${TABLE} (name, requested_by) VALUES (?, ?)
    ON CONFLICT (name) DO UPDATE SET requested_by = excluded.requested_by`);
  for (const name of names) insert.run(name, version);
}

/** The rebuilds still to run, oldest request first. */
export function pendingRebuilds(db: Database): IndexRebuildName[] {
  if (!tableExists(db)) return [];
  return db
    .prepare<[], IndexRebuildName>(`SELECT name FROM ${TABLE} ORDER BY requested_by, name`)
    .pluck()
    .all();
}

/** Clears a rebuild's record; call in the transaction that ran the rebuild. */
export function clearRebuild(db: Database, name: IndexRebuildName): void {
  db.prepare(`DELETE FROM ${TABLE} WHERE name = ?`).run(name);
}
