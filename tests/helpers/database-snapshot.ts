import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../src/main/core/newsroom';

/**
 * Every row of every table, read through a second, read-only connection: what a test compares
 * to prove that a refused call wrote nothing at all.
 */
export function snapshotDatabase(dataDir: string): Record<string, unknown[]> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string; sql: string | null }>(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
      .all();
    const snapshot: Record<string, unknown[]> = {};
    for (const { name, sql } of tables) {
      // FTS5's shadow tables include WITHOUT ROWID ones; their primary key orders them instead.
      const order = /WITHOUT ROWID/i.test(sql ?? '') ? '1' : 'rowid';
      snapshot[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all();
    }
    return snapshot;
  } finally {
    db.close();
  }
}
