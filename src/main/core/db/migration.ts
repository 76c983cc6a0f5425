import type { Database } from 'better-sqlite3';

/**
 * A derived index that is filled from the live code's rules, not from SQL frozen in a migration:
 * the search index reads each article through today's `search-document.ts`. A migration names the
 * rebuilds it needs; they run once the whole schema is up to date (`index-rebuilds.ts`).
 */
export type IndexRebuildName = 'article-search';

/**
 * One step of the schema. Migrations are numbered from 1 without gaps, never edited once released,
 * and each runs in its own transaction together with the `user_version` bump that records it and
 * the record of the rebuilds it asks for. A migration imports nothing from outside `db/`
 * (tests/unit/migration-imports.test.ts): its SQL and literals are what it was when released.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  /** Indexes to rebuild with the live code after every pending migration has run. */
  rebuilds?: readonly IndexRebuildName[];
}
