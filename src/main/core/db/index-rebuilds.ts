import type { Database } from 'better-sqlite3';
import type { Logger } from '../../../shared/node/logger';
import { rebuildSearchIndex } from '../search/search-index';
import type { IndexRebuildName } from './migration';
import { clearRebuild, pendingRebuilds } from './pending-rebuilds';

export type IndexRebuilds = Readonly<Record<IndexRebuildName, (db: Database) => void>>;

/**
 * Every rebuild a migration may ask for, done by the live code: an index filled after the last
 * migration is filled by the rules the app runs with today, and the migration that made its table
 * never has to import them.
 */
export const INDEX_REBUILDS: IndexRebuilds = {
  'article-search': rebuildSearchIndex,
};

/**
 * Runs the rebuilds the migrations recorded, each in one transaction with the clearing of its
 * record: a crash or an error leaves the record, and the next opening runs it again.
 */
export function runPendingRebuilds(db: Database, logger: Logger, rebuilds: IndexRebuilds = INDEX_REBUILDS): void {
  for (const name of pendingRebuilds(db)) {
    db.transaction(() => {
      rebuilds[name](db);
      clearRebuild(db, name);
    }).immediate();
    logger.info('rebuilt index', { name });
  }
}
