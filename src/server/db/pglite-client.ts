import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable, SqlValue } from './sql-client';

const queryable = (connection: PGlite | Transaction): SqlQueryable => ({
  async query<Row>(sql: string, params: readonly SqlValue[] = []) {
    const result = await connection.query<Row>(sql, params as unknown[]);
    return result.rows;
  },
  async exec(sql: string) {
    await connection.exec(sql);
  },
});

/**
 * The embedded PostgreSQL (PGlite, WebAssembly) in a data folder, or in memory without one: the
 * one-command way to try the server. One process only: PGlite is a single connection, which also
 * serializes transactions (its own mutex), so the advisory lock is uncontended here.
 */
export async function createPgliteClient(dataDir: string | undefined): Promise<SqlClient> {
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async listen(channel, onPayload) {
      const stop = await db.listen(channel, onPayload);
      return () => stop();
    },
    close: () => db.close(),
  };
}
