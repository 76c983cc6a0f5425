import type { OutboxAction } from '../../../../shared/domain/outbox';
import type { SerializedPhotoNode } from '../../../../shared/editor/serialized-nodes';

/** What a destination gets for one job. */
export interface Delivery {
  action: OutboxAction;
  articleId: string;
  articleVersion: number;
  idempotencyKey: string;
  /** The snapshot to publish, as queued with the job (never re-read from the live story). */
  payload: unknown;
  /** The remote id a previous job for this story on this destination received, if any. */
  remoteId: string | null;
  signal: AbortSignal;
}

export interface Delivered {
  remoteId?: string | undefined;
  remoteUrl?: string | undefined;
}

/** A failed delivery, saying whether trying again can help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** Where published stories go: a website folder, an HTTP endpoint, a WordPress site… */
export interface Destination {
  readonly id: string;
  deliver(delivery: Delivery): Promise<Delivered>;
}

/**
 * A photo's web rendition as published (JPEG bytes, credits embedded), for destinations that send
 * files (the website folder, WordPress); null if it is not on this computer.
 */
export type PhotoBytes = (photo: SerializedPhotoNode) => Promise<Uint8Array | null>;
