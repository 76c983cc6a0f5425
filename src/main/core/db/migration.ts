import type { Database } from 'better-sqlite3';

/**
 * One step of the schema. Migrations are numbered from 1 without gaps, never edited once released,
 * and each runs in its own transaction together with the `user_version` bump that records it.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
