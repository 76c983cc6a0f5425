import type { Clock } from '../../../shared/clock';
import type { Logger } from '../../../shared/node/logger';
import { DeliveryError, type Destination } from './destinations/destination';
import type { ClaimedJob, OutboxStore } from './outbox-store';
import { backoffDelayMs } from './retry-policy';

export type DestinationLookup = Pick<ReadonlyMap<string, Destination>, 'get'>;

/** After this many attempts a job needs a person ("Thử lại" or "Hủy") instead of another retry. */
export const MAX_ATTEMPTS = 25;

export interface OutboxWorkerOptions {
  store: OutboxStore;
  /** Finds the destination a job goes to (a Map works); undefined if it was removed. */
  destinations: DestinationLookup;
  clock: Clock;
  logger: Logger;
  /** False while the machine is offline: the queue waits instead of burning attempts. */
  isOnline(): boolean;
  /** Deliveries in flight at once (each to a different story/destination lane). */
  concurrency?: number;
  random?: () => number;
}

export interface OutboxWorker {
  /** Sends every job that is due now; resolves when none is left due (or the machine went offline). */
  drain(): Promise<number>;
}

/**
 * Takes due jobs from the outbox and hands them to their destinations. Each outcome is written back
 * before the next claim: sent, retrying after a backoff (or the server's Retry-After), or failed
 * when retrying cannot help (4xx other than 408/429) or the attempts ran out.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, destinations, clock, logger } = options;
  const concurrency = options.concurrency ?? 4;
  const random = options.random ?? Math.random;

  async function deliver(job: ClaimedJob): Promise<void> {
    const destination = destinations.get(job.destinationId);
    if (!destination) {
      store.markFailed(job.id, `The destination "${job.destinationId}" is not configured any more`);
      return;
    }
    try {
      const delivered = await destination.deliver({
        action: job.action,
        articleId: job.articleId,
        articleVersion: job.articleVersion,
        idempotencyKey: job.idempotencyKey,
        payload: job.payload,
        remoteId: job.laneRemoteId,
        signal: AbortSignal.timeout(60_000),
      });
      store.markSent(job.id, delivered);
    } catch (error) {
      const failure =
        error instanceof DeliveryError ? error : new DeliveryError(error instanceof Error ? error.message : String(error), true);
      if (!failure.retryable || job.attempts >= MAX_ATTEMPTS) {
        const reason = failure.retryable ? `${failure.message} (gave up after ${job.attempts} attempts)` : failure.message;
        store.markFailed(job.id, reason);
        logger.warn('delivery failed', { job: job.id, destination: job.destinationId, attempts: job.attempts });
        return;
      }
      const delay = Math.max(backoffDelayMs(job.attempts, random), failure.retryAfterMs ?? 0);
      store.markRetrying(job.id, failure.message, new Date(clock.now().getTime() + delay));
    }
  }

  return {
    async drain() {
      let sent = 0;
      for (;;) {
        if (!options.isOnline()) return sent;
        // One job per lane per round keeps each story's actions in order on each destination.
        const batch = store.claimDue(concurrency);
        if (batch.length === 0) return sent;
        await Promise.all(batch.map(deliver));
        sent += batch.length;
      }
    },
  };
}
