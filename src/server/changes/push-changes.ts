import type { Clock } from '../../shared/clock';
import type { User } from '../../shared/domain/user';
import { MAX_PULL_PAGE, type PullPage, type PushOutcome, type StoryState } from '../../shared/sync/wire';
import type { SqlClient, SqlQueryable } from '../db/sql-client';
import { acceptChange, applyChange, RefusedChange } from './apply-change';
import { appendChanges, changesSince } from './change-feed';
import { storyRecords } from './story-records';

/** What the change log keeps of an applied change: the call as pushed, and the records it left. */
interface LoggedPayload {
  call: string;
  input: unknown;
  baseVersion: number | null;
  madeAt: string;
  noteId: string | null;
  storyId: string;
  story: StoryState;
  note: PullPage['changes'][number]['note'];
}

/** Thrown inside a change's transaction when another push of the same change committed first. */
class AlreadyLogged extends Error {}

const storyOf = async (db: SqlQueryable, id: string | null): Promise<StoryState | null> => (id ? storyRecords(db).find(id) : null);

/** A change this server has answered before: the same answer again (a retried push is a no-op). */
async function earlierAnswer(db: SqlQueryable, changeId: string): Promise<PushOutcome | null> {
  const [logged] = await db.query<{ seq: string | number; story_id: string }>(
    "SELECT seq, payload->>'storyId' AS story_id FROM change_log WHERE change_id = $1",
    [changeId],
  );
  if (logged) return { changeId, outcome: 'duplicate', seq: Number(logged.seq), reason: null, message: null, story: await storyOf(db, logged.story_id) };
  const [refused] = await db.query<{ reason: PushOutcome['reason']; message: string; story_id: string | null }>(
    'SELECT reason, message, story_id FROM sync_refusals WHERE change_id = $1',
    [changeId],
  );
  if (refused) return { changeId, outcome: 'refused', seq: null, reason: refused.reason, message: refused.message, story: await storyOf(db, refused.story_id) };
  return null;
}

async function recordRefusal(db: SqlClient, changeId: string, pusher: User, refusal: RefusedChange, storyId: string | null, now: Date): Promise<PushOutcome> {
  await db.query(
    `INSERT INTO sync_refusals (change_id, account_id, reason, message, story_id, refused_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (change_id) DO NOTHING`,
    [changeId, pusher.id, refusal.reason, refusal.message, storyId, now],
  );
  return { changeId, outcome: 'refused', seq: null, reason: refusal.reason, message: refusal.message, story: await storyOf(db, storyId) };
}

const storyIdIn = (raw: unknown): string | null => {
  const change = raw as { entity?: unknown; entityId?: unknown; input?: { articleId?: unknown; id?: unknown } };
  const candidate = change.input?.articleId ?? change.input?.id ?? (change.entity === 'story' ? change.entityId : null);
  return typeof candidate === 'string' && /^[0-9a-f-]{36}$/i.test(candidate) ? candidate : null;
};

/**
 * One pushed change, in its own transaction: answered before → the same answer; otherwise
 * validated, checked and applied to the server's records and appended to the change log together,
 * or refused with its reason (recorded, so a retry is answered the same).
 */
async function pushOne(db: SqlClient, pusher: User, raw: { changeId: string }, now: Date): Promise<PushOutcome> {
  const known = await earlierAnswer(db, raw.changeId);
  if (known) return known;
  try {
    const change = acceptChange(raw, pusher);
    return await db.transaction(async (tx) => {
      const applied = await applyChange(storyRecords(tx), change, pusher, now);
      const payload: LoggedPayload = {
        call: change.call,
        input: change.input,
        baseVersion: change.baseVersion,
        madeAt: change.madeAt,
        noteId: change.noteId,
        storyId: applied.story.id,
        story: applied.story,
        note: applied.note,
      };
      const added = await appendChanges(
        tx,
        [{ changeId: change.changeId, accountId: pusher.id, entity: change.entity, entityId: change.entityId, op: change.call, payload: { ...payload } }],
        now,
      );
      if (added.length === 0) throw new AlreadyLogged();
      const [row] = await tx.query<{ seq: string | number }>('SELECT seq FROM change_log WHERE change_id = $1', [change.changeId]);
      return { changeId: change.changeId, outcome: 'applied', seq: Number(row?.seq), reason: null, message: null, story: applied.story };
    });
  } catch (error) {
    if (error instanceof AlreadyLogged) return (await earlierAnswer(db, raw.changeId)) as PushOutcome;
    if (error instanceof RefusedChange) return recordRefusal(db, raw.changeId, pusher, error, storyIdIn(raw), now);
    throw error;
  }
}

/** A push batch, in order: each change stands or falls on its own, so one refusal stops nothing. */
export async function pushChanges(db: SqlClient, clock: Clock, pusher: User, changes: readonly { changeId: string }[]): Promise<PushOutcome[]> {
  const outcomes: PushOutcome[] = [];
  for (const change of changes) outcomes.push(await pushOne(db, pusher, change, clock.now()));
  return outcomes;
}

/** Everyone's accepted changes after `after`, in `seq` order (the log's order, never laptop clocks). */
export async function pullChanges(db: SqlQueryable, after: number, limit = MAX_PULL_PAGE): Promise<PullPage> {
  const rows = await changesSince(db, after, limit + 1);
  const page = rows.slice(0, limit);
  return {
    changes: page.map((row) => {
      const payload = row.payload as Partial<LoggedPayload>;
      return {
        seq: row.seq,
        changeId: row.changeId,
        accountId: row.accountId,
        entity: row.entity,
        entityId: row.entityId,
        call: row.op,
        story: payload.story ?? null,
        note: payload.note ?? null,
      };
    }),
    nextCursor: page.at(-1)?.seq ?? after,
    hasMore: rows.length > limit,
  };
}
