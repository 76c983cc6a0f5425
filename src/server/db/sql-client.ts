/**
 * The server's one way to reach its database, the same over a real PostgreSQL (`pg`) and over the
 * embedded PGlite: the SQL is the same, only the connection differs. Values come back as each
 * driver parses them (timestamps as Date, jsonb as objects, arrays as arrays); `bigint` columns
 * differ (pg: string, PGlite: number), so callers read them with `Number()`.
 */
export type SqlValue = string | number | boolean | null | Date | readonly string[] | Record<string, unknown> | unknown[];

export interface SqlQueryable {
  /** One statement with `$1`-style parameters. */
  query<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  readonly kind: 'postgresql' | 'pglite';
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel`, from any connection; resolves once listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
