import type { NumberedMigration } from '../../shared/migration-order';
import type { SqlQueryable } from './sql-client';

/** One step of the server's schema: numbered like the laptop's, never edited once released. */
export interface ServerMigration extends NumberedMigration {
  up(tx: SqlQueryable): Promise<void>;
}
