import type { Database } from 'better-sqlite3';
import type { Logger } from '../../../shared/node/logger';
import { assertContiguous } from '../../../shared/migration-order';
import type { Migration } from './migration';
import { requestRebuilds } from './pending-rebuilds';

export { assertContiguous, latestVersion } from '../../../shared/migration-order';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `Newsdesk cannot open ${file}: it was written by a newer version of Newsdesk ` +
        `(database schema ${found}; this version understands up to ${supported}). ` +
        `Update Newsdesk to open it. The file was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export const schemaVersion = (db: Database): number =>
  db.pragma('user_version', { simple: true }) as number;

/**
 * Brings the schema up to the newest migration. Each migration, its `user_version` bump and the
 * record of the index rebuilds it asks for commit together, so a crash leaves the database at a
 * whole version, never between two, and never at a version whose rebuild is forgotten. The
 * rebuilds themselves run afterwards (`runPendingRebuilds`), on the finished schema.
 */
export function migrate(db: Database, migrations: readonly Migration[], logger: Logger): void {
  assertContiguous(migrations);
  const current = schemaVersion(db);
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      requestRebuilds(db, migration.rebuilds ?? [], migration.version);
      db.pragma(`user_version = ${migration.version}`);
    })();
    logger.info('migrated database', { version: migration.version, name: migration.name });
  }
}
