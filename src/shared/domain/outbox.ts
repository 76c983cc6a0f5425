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
