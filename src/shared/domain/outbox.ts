export const OUTBOX_ACTIONS = ['publish', 'update', 'correct', 'unpublish'] as const;
export type OutboxAction = (typeof OUTBOX_ACTIONS)[number];

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'retrying', 'failed', 'canceled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** One delivery of one version of one story to one destination, as the queue view shows it. */
export interface OutboxJob {
  id: string;
  articleId: string;
  articleVersion: number;
  destinationId: string;
  action: OutboxAction;
  /** Sent with every attempt, so a retry can never publish twice. */
  idempotencyKey: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  /** What went wrong last, in plain words. */
  lastError: string | null;
  remoteId: string | null;
  remoteUrl: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

/** How one destination is doing, for the queue view. */
export interface DestinationHealth {
  destinationId: string;
  /** Deliveries pending, sending or waiting to retry. */
  waiting: number;
  /** Deliveries that need a person (Thử lại or Hủy). */
  failed: number;
  lastSentAt: string | null;
  /** The newest error any of its deliveries reported. */
  lastError: string | null;
}
