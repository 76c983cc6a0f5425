import { assertContiguous, latestVersion } from '../../shared/migration-order';
import type { Logger } from '../../shared/node/logger';
import type { ServerMigration } from './migration';
import type { SqlClient } from './sql-client';

/**
 * The advisory lock key for migrations (any fixed bigint; this one spells "NDMIGRAT" loosely).
 * Several server instances may start together against one database: each takes this lock inside
 * its migration transaction, so they run one after another and the later ones find nothing to do.
 */
export const MIGRATION_LOCK = 4_672_019_347;

export class ServerDatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The newsroom database was migrated by a newer Newsdesk server (schema ${found}; this server ` +
        `understands up to ${supported}). Update the server. The database was not changed.`,
    );
    this.name = 'ServerDatabaseTooNewError';
  }
}

/**
 * Brings the schema up to the newest migration, all pending steps in one transaction with their
 * records in `schema_migrations` (PostgreSQL's DDL is transactional: a failure leaves the schema as
 * it was). Returns the versions this call applied.
 */
export async function migrateServer(client: SqlClient, migrations: readonly ServerMigration[], logger: Logger): Promise<number[]> {
  assertContiguous(migrations);
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version     integer PRIMARY KEY,
      name        text NOT NULL,
      applied_at  timestamptz NOT NULL DEFAULT now()
    )`);
    const [row] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = row?.version ?? 0;
    if (current > latestVersion(migrations)) throw new ServerDatabaseTooNewError(current, latestVersion(migrations));
    const applied: number[] = [];
    for (const migration of migrations.slice(current)) {
      await migration.up(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      logger.info('migrated server database', { version: migration.version, name: migration.name });
      applied.push(migration.version);
    }
    return applied;
  });
}
