import pg from 'pg';
import type { SqlClient, SqlQueryable, SqlValue } from './sql-client';

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

const queryable = (connection: pg.Pool | pg.PoolClient): SqlQueryable => ({
  async query<Row>(sql: string, params: readonly SqlValue[] = []) {
    const result = await connection.query(sql, params as unknown[]);
    return result.rows as Row[];
  },
  async exec(sql: string) {
    await connection.query(sql);
  },
});

/** A real PostgreSQL through a `pg` pool; LISTEN holds one connection of its own. */
export function createPgClient(connectionString: string, options: { maxConnections?: number } = {}): SqlClient {
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
  // An idle connection that drops (the database restarted) must not crash the server; the pool
  // replaces it on the next query.
  pool.on('error', () => {});
  const listeners: pg.PoolClient[] = [];

  return {
    kind: 'postgresql',
    ...queryable(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(queryable(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    async listen(channel, onPayload) {
      if (!CHANNEL_NAME.test(channel)) throw new Error(`Not a channel name: ${channel}`);
      const connection = await pool.connect();
      connection.on('notification', (message) => {
        if (message.channel === channel) onPayload(message.payload ?? '');
      });
      await connection.query(`LISTEN ${channel}`);
      listeners.push(connection);
      return async () => {
        listeners.splice(listeners.indexOf(connection), 1);
        await connection.query(`UNLISTEN ${channel}`).catch(() => {});
        connection.release();
      };
    },
    async close() {
      for (const connection of listeners.splice(0)) connection.release();
      await pool.end();
    },
  };
}
