import type { Logger } from '../logger';
import type { Newsroom } from '../newsroom';
import type { Destination } from './destinations/destination';
import { createOutboxWorker } from './outbox-worker';

export interface PublishingRunnerOptions {
  newsroom: Newsroom;
  /** The website folder's destination; the configured ones come from `newsroom.destinations`. */
  website: Destination;
  /** False while the machine is offline (Electron's net.isOnline in the app). */
  isOnline(): boolean;
  logger: Logger;
}

export interface PublishingRunner {
  /** Publishes due scheduled stories, then delivers everything due. One tick at a time. */
  tick(): Promise<void>;
  /** Ticks every `intervalMs` until the returned function is called. */
  start(intervalMs?: number): () => void;
}

/**
 * The publishing loop of a running app. On creation it requeues deliveries a crash left half-done;
 * each tick first publishes scheduled stories whose time has come (late ones too, after the app
 * was closed), then drains the outbox while the machine is online.
 */
export function createPublishingRunner({ newsroom, website, isOnline, logger }: PublishingRunnerOptions): PublishingRunner {
  const destinations = { get: (id: string) => (id === website.id ? website : newsroom.destinations.destinationFor(id)) };
  const requeued = newsroom.outbox.recoverInterrupted();
  if (requeued > 0) logger.warn('requeued deliveries interrupted by a stop', { count: requeued });
  const worker = createOutboxWorker({ store: newsroom.outbox, destinations, clock: newsroom.clock, logger, isOnline });
  let running: Promise<void> | null = null;

  const tick = (): Promise<void> => {
    running ??= (async () => {
      try {
        for (const run of newsroom.workflow.publishDue()) {
          if (run.lateByMs > 60_000) logger.warn('scheduled story published late', { article: run.article.id, lateByMs: run.lateByMs });
        }
        await worker.drain();
      } catch (error) {
        logger.error('publishing tick failed', { error: error instanceof Error ? error.message : String(error) });
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    tick,
    start(intervalMs = 5_000) {
      void tick();
      const timer = setInterval(() => void tick(), intervalMs);
      return () => clearInterval(timer);
    },
  };
}
