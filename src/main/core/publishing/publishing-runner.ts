import type { Clock } from '../../../shared/clock';
import type { Logger } from '../../../shared/node/logger';
import type { ScheduledRun } from '../workflow/workflow-service';
import type { OutboxStore } from './outbox-store';
import { createOutboxWorker, type DestinationLookup } from './outbox-worker';

/** Only what the loop uses, so the laptop's newsroom and the newsroom server can both run it. */
export interface PublishingRunnerOptions {
  outbox: OutboxStore;
  /** Every destination by id, the built-in website included (the destination registry). */
  destinations: DestinationLookup;
  /** Publishes the scheduled stories whose time has come (the workflow service). */
  publishDue(): ScheduledRun[];
  clock: Clock;
  /** False while the machine is offline (Electron's net.isOnline in the app). */
  isOnline(): boolean;
  logger: Logger;
}

export interface PublishingRunner {
  /** Publishes due scheduled stories, then delivers everything due. One tick at a time. */
  tick(): Promise<void>;
  /** Ticks every `intervalMs` until the returned function (or `stop`) is called. */
  start(intervalMs?: number): () => void;
  /** Stops the ticking `start` began; a tick under way finishes on its own. */
  stop(): void;
}

/**
 * The publishing loop of a running newsroom. Its first tick requeues deliveries a crash left
 * half-done (nothing of this process can be sending yet); each tick publishes scheduled stories
 * whose time has come (late ones too, after the app was closed), then drains the outbox while
 * the machine is online.
 */
export function createPublishingRunner(options: PublishingRunnerOptions): PublishingRunner {
  const { outbox, logger } = options;
  const worker = createOutboxWorker({ store: outbox, destinations: options.destinations, clock: options.clock, logger, isOnline: options.isOnline });
  let recovered = false;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  const recoverOnce = () => {
    if (recovered) return;
    const requeued = outbox.recoverInterrupted();
    recovered = true;
    if (requeued > 0) logger.warn('requeued deliveries interrupted by a stop', { count: requeued });
  };

  const tick = (): Promise<void> => {
    running ??= (async () => {
      try {
        recoverOnce();
        for (const run of options.publishDue()) {
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

  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };

  return {
    tick,
    start(intervalMs = 5_000) {
      stop();
      void tick();
      timer = setInterval(() => void tick(), intervalMs);
      return stop;
    },
    stop,
  };
}
