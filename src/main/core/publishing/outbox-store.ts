import type { Database } from 'better-sqlite3';
import type { DestinationHealth, OutboxAction, OutboxJob, OutboxState } from '../../../shared/domain/outbox';
import { notFoundError, validationError } from '../../../shared/errors';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';

interface JobRow {
  seq: number;
  id: string;
  article_id: string;
  article_version: number;
  destination_id: string;
  action: OutboxAction;
  idempotency_key: string;
  payload_json: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  remote_id: string | null;
  remote_url: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

const toJob = (row: JobRow): OutboxJob => ({
  id: row.id,
  articleId: row.article_id,
  articleVersion: row.article_version,
  destinationId: row.destination_id,
  action: row.action,
  idempotencyKey: row.idempotency_key,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  lastError: row.last_error,
  remoteId: row.remote_id,
  remoteUrl: row.remote_url,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  sentAt: row.sent_at,
});

/** A claimed job with what the destination needs. */
export interface ClaimedJob extends OutboxJob {
  payload: unknown;
  /** The remote id an earlier job of this story on this destination received. */
  laneRemoteId: string | null;
}

export interface NewJob {
  articleId: string;
  articleVersion: number;
  destinationId: string;
  action: OutboxAction;
  payload: unknown;
}

/** The key a destination uses to recognise a retry: the same story, version and action. */
export const idempotencyKeyOf = (job: Pick<NewJob, 'articleId' | 'articleVersion' | 'action'>): string =>
  `${job.articleId}:v${job.articleVersion}:${job.action}`;

/**
 * The outbox's SQL. Claiming marks a job `sending` and counts the attempt before any byte leaves,
 * so a crash mid-delivery leaves a visible `sending` job that `recoverInterrupted` requeues; the
 * idempotency key makes the repeat harmless on the other side.
 */
export interface OutboxStore {
  /** Queues a job; call inside the transaction of the step that asks for it. Idempotent. */
  enqueue(job: NewJob): OutboxJob;
  /** Marks a due job `sending`; null if someone else got it first or it is no longer due. */
  claim(id: string): ClaimedJob | null;
  /**
   * Claims up to `limit` due jobs in one transaction (one commit for the batch). A job is due when
   * its time has come and nothing earlier in its lane (same story, same destination) is unfinished.
   */
  claimDue(limit: number): ClaimedJob[];
  markSent(id: string, remote: { remoteId?: string | undefined; remoteUrl?: string | undefined }): OutboxJob;
  markRetrying(id: string, error: string, nextAttemptAt: Date): OutboxJob;
  markFailed(id: string, error: string): OutboxJob;
  /** Jobs left `sending` by a crash go back to the queue, due now. Returns how many. */
  recoverInterrupted(): number;
  /** A person's "Thử lại": a failed or waiting job is due again now. */
  retryNow(id: string): OutboxJob;
  /** A person's "Hủy": the job will not be sent. Sent jobs cannot be canceled. */
  cancel(id: string): OutboxJob;
  get(id: string): OutboxJob;
  list(limit?: number): OutboxJob[];
  forArticle(articleId: string): OutboxJob[];
  /** Jobs not yet sent, failed or canceled: what the status bar counts as waiting. */
  waitingCount(): number;
  /** Per destination: waiting and failed deliveries, the last success and the newest error. */
  health(): DestinationHealth[];
}

export function createOutboxStore(db: Database, clock: Clock): OutboxStore {
  const now = () => clock.now().toISOString();
  const insert = db.prepare(
    `INSERT INTO outbox_jobs (id, article_id, article_version, destination_id, action, idempotency_key, payload_json,
       state, next_attempt_at, created_at, updated_at)
     VALUES (@id, @articleId, @articleVersion, @destinationId, @action, @key, @payload, 'pending', @now, @now, @now)
     ON CONFLICT (article_id, article_version, destination_id, action) DO NOTHING`,
  );
  const byLaneKey = db.prepare<[string, number, string, string], JobRow>(
    'SELECT * FROM outbox_jobs WHERE article_id = ? AND article_version = ? AND destination_id = ? AND action = ?',
  );
  const byId = db.prepare<[string], JobRow>('SELECT * FROM outbox_jobs WHERE id = ?');
  const dueJobs = db.prepare<{ now: string; limit: number }, JobRow>(
    `SELECT * FROM outbox_jobs AS job
     WHERE job.state IN ('pending', 'retrying') AND job.next_attempt_at <= @now
       AND NOT EXISTS (
         SELECT 1 FROM outbox_jobs AS earlier
         WHERE earlier.article_id = job.article_id AND earlier.destination_id = job.destination_id
           AND earlier.seq < job.seq AND earlier.state NOT IN ('sent', 'canceled'))
     ORDER BY job.next_attempt_at, job.seq LIMIT @limit`,
  );
  const claimRow = db.prepare<{ id: string; now: string }>(
    `UPDATE outbox_jobs SET state = 'sending', attempts = attempts + 1, updated_at = @now
     WHERE id = @id AND state IN ('pending', 'retrying') AND next_attempt_at <= @now`,
  );
  const laneRemoteId = db.prepare<[string, string, number], string | null>(
    `SELECT remote_id FROM outbox_jobs WHERE article_id = ? AND destination_id = ? AND seq < ?
       AND state = 'sent' AND remote_id IS NOT NULL ORDER BY seq DESC LIMIT 1`,
  ).pluck();
  const setState = db.prepare(
    `UPDATE outbox_jobs SET state = @state, last_error = @error, next_attempt_at = coalesce(@next, next_attempt_at),
       remote_id = coalesce(@remoteId, remote_id), remote_url = coalesce(@remoteUrl, remote_url),
       sent_at = CASE WHEN @state = 'sent' THEN @now ELSE sent_at END, updated_at = @now
     WHERE id = @id`,
  );
  const interrupted = db.prepare<{ now: string }>(
    `UPDATE outbox_jobs SET state = 'retrying', next_attempt_at = @now, updated_at = @now,
       last_error = 'Newsdesk stopped while sending; sending again' WHERE state = 'sending'`,
  );
  const recent = db.prepare<[number], JobRow>('SELECT * FROM outbox_jobs ORDER BY seq DESC LIMIT ?');
  const byArticle = db.prepare<[string], JobRow>('SELECT * FROM outbox_jobs WHERE article_id = ? ORDER BY seq');
  const waiting = db.prepare<[], number>(
    `SELECT count(*) FROM outbox_jobs WHERE state IN ('pending', 'sending', 'retrying')`,
  ).pluck();

  const healthRows = db.prepare<[], { destination_id: string; waiting: number; failed: number; last_sent_at: string | null; last_error: string | null }>(
    `SELECT job.destination_id,
       sum(job.state IN ('pending', 'sending', 'retrying')) AS waiting,
       sum(job.state = 'failed') AS failed,
       max(CASE WHEN job.state = 'sent' THEN job.sent_at END) AS last_sent_at,
       (SELECT newest.last_error FROM outbox_jobs AS newest
         WHERE newest.destination_id = job.destination_id AND newest.last_error IS NOT NULL
         ORDER BY newest.updated_at DESC LIMIT 1) AS last_error
     FROM outbox_jobs AS job GROUP BY job.destination_id ORDER BY job.destination_id`,
  );

  const requireJob = (id: string): JobRow => {
    const row = byId.get(id);
    if (!row) throw notFoundError(`Outbox job ${id} does not exist`);
    return row;
  };

  const update = (id: string, change: { state: OutboxState; error?: string | null; next?: string | null; remoteId?: string | null; remoteUrl?: string | null }) => {
    setState.run({ id, now: now(), error: null, next: null, remoteId: null, remoteUrl: null, ...change });
    return toJob(requireJob(id));
  };

  const claim = db.transaction((id: string): ClaimedJob | null => {
    if (claimRow.run({ id, now: now() }).changes === 0) return null;
    const row = requireJob(id);
    return {
      ...toJob(row),
      payload: JSON.parse(row.payload_json) as unknown,
      laneRemoteId: laneRemoteId.get(row.article_id, row.destination_id, row.seq) ?? null,
    };
  });

  const claimDue = db.transaction((limit: number): ClaimedJob[] =>
    dueJobs
      .all({ now: now(), limit })
      .map((row) => claim(row.id))
      .filter((job): job is ClaimedJob => job !== null),
  );

  return {
    enqueue(job) {
      insert.run({
        id: newId(clock),
        articleId: job.articleId,
        articleVersion: job.articleVersion,
        destinationId: job.destinationId,
        action: job.action,
        key: idempotencyKeyOf(job),
        payload: JSON.stringify(job.payload),
        now: now(),
      });
      return toJob(byLaneKey.get(job.articleId, job.articleVersion, job.destinationId, job.action)!);
    },
    claim: (id) => claim.immediate(id),
    claimDue: (limit) => claimDue.immediate(limit),
    markSent: (id, remote) => update(id, { state: 'sent', remoteId: remote.remoteId ?? null, remoteUrl: remote.remoteUrl ?? null }),
    markRetrying: (id, error, nextAttemptAt) => update(id, { state: 'retrying', error, next: nextAttemptAt.toISOString() }),
    markFailed: (id, error) => update(id, { state: 'failed', error }),
    recoverInterrupted: () => interrupted.run({ now: now() }).changes,
    retryNow(id) {
      const job = requireJob(id);
      if (!['failed', 'retrying', 'pending'].includes(job.state)) {
        throw validationError(`A ${job.state} job cannot be retried`);
      }
      return update(id, { state: 'retrying', error: job.last_error, next: now() });
    },
    cancel(id) {
      const job = requireJob(id);
      if (job.state === 'sent' || job.state === 'sending') {
        throw validationError(`A ${job.state} job cannot be canceled`);
      }
      return update(id, { state: 'canceled', error: job.last_error });
    },
    get: (id) => toJob(requireJob(id)),
    list: (limit = 500) => recent.all(limit).map(toJob),
    forArticle: (articleId) => byArticle.all(articleId).map(toJob),
    waitingCount: () => waiting.get() ?? 0,
    health: () =>
      healthRows.all().map((row) => ({
        destinationId: row.destination_id,
        waiting: row.waiting,
        failed: row.failed,
        lastSentAt: row.last_sent_at,
        lastError: row.last_error,
      })),
  };
}
