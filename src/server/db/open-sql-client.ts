import { mkdirSync } from 'node:fs';
import type { ServerConfig } from '../config';
import { createPgClient } from './pg-client';
import { createPgliteClient } from './pglite-client';
import type { SqlClient } from './sql-client';

/** PostgreSQL when DATABASE_URL is set, else PGlite in the data folder (made if missing). */
export async function openSqlClient(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<SqlClient> {
  if (config.databaseUrl) return createPgClient(config.databaseUrl);
  mkdirSync(config.dataDir, { recursive: true });
  return createPgliteClient(config.dataDir);
}
