import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepared statements for SQL built at run time from a fixed set of pieces (filters, sorts): each
 * distinct text is prepared once and reused, so a query shape costs its planning only the first time.
 */
export function statementCache<Row>(db: Database): (sql: string) => Statement<unknown[], Row> {
  const statements = new Map<string, Statement<unknown[], Row>>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], Row>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
