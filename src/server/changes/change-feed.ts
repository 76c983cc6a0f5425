import type { SqlClient, SqlQueryable } from '../db/sql-client';

/** The channel the change log's trigger announces on (migration 001). */
export const CHANGES_CHANNEL = 'newsdesk_changes';

/**
 * Serializes appends to the change log, so `seq` order is commit order: a reader that has seen
 * `seq` n can never later find a smaller `seq` commit behind it (with concurrent appends an
 * identity column alone would allow that, and a pull by cursor would skip the late one).
 */
export const CHANGE_LOG_LOCK = 4_672_019_348;

export interface NewChange {
  /** Made by the laptop for each change: a retried push carries the same id and is a no-op. */
  changeId: string;
  accountId: string | null;
  entity: string;
  entityId: string;
  op: string;
  payload: Record<string, unknown>;
}

export interface LoggedChange extends NewChange {
  seq: number;
  receivedAt: Date;
}

interface ChangeRow {
  seq: string | number;
  change_id: string;
  account_id: string | null;
  entity: string;
  entity_id: string;
  op: string;
  payload: Record<string, unknown>;
  received_at: Date;
}

const toChange = (row: ChangeRow): LoggedChange => ({
  seq: Number(row.seq),
  changeId: row.change_id,
  accountId: row.account_id,
  entity: row.entity,
  entityId: row.entity_id,
  op: row.op,
  payload: row.payload,
  receivedAt: row.received_at,
});

/**
 * Appends changes in the caller's transaction; those whose `changeId` is already logged are skipped.
 * Returns the ids that were new. The other instances hear of it at commit (the trigger's NOTIFY).
 */
export async function appendChanges(tx: SqlQueryable, changes: readonly NewChange[], receivedAt: Date): Promise<string[]> {
  if (changes.length === 0) return [];
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
  // One statement for the whole batch: one round trip, and one announcement per batch (the
  // trigger runs per statement). WITH ORDINALITY keeps the batch's order in `seq`.
  const rows = await tx.query<{ change_id: string }>(
    `INSERT INTO change_log (change_id, account_id, entity, entity_id, op, payload, received_at)
     SELECT (item->>'changeId')::uuid, (item->>'accountId')::uuid, item->>'entity', (item->>'entityId')::uuid,
            item->>'op', item->'payload', $2
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS batch (item, position)
      ORDER BY position
     ON CONFLICT (change_id) DO NOTHING
     RETURNING change_id`,
    [JSON.stringify(changes), receivedAt],
  );
  const added = new Set(rows.map((row) => row.change_id));
  return [...new Set(changes.map((change) => change.changeId))].filter((id) => added.has(id));
}

export async function changesSince(db: SqlQueryable, cursor: number, limit: number): Promise<LoggedChange[]> {
  const rows = await db.query<ChangeRow>('SELECT * FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2', [cursor, limit]);
  return rows.map(toChange);
}

/** Calls `onChange` with the newest `seq` each time any instance commits changes. */
export function listenForChanges(db: SqlClient, onChange: (latestSeq: number) => void): Promise<() => Promise<void>> {
  return db.listen(CHANGES_CHANNEL, (payload) => onChange(Number(payload)));
}
