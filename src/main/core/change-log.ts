import type { Database } from 'better-sqlite3';

export type ChangeOperation = 'create' | 'update' | 'delete';

export interface Change {
  entity: string;
  entityId: string;
  version: number;
  operation: ChangeOperation;
  changedAt: string;
  data: unknown;
}

/**
 * Appends to the change log. Call it inside the transaction that makes the change, so the log and
 * the tables can never disagree.
 */
export function appendChange(db: Database, change: Change): void {
  db.prepare(
    `INSERT INTO change_log (entity, entity_id, version, operation, changed_at, data_json)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    change.entity,
    change.entityId,
    change.version,
    change.operation,
    change.changedAt,
    JSON.stringify(change.data),
  );
}
