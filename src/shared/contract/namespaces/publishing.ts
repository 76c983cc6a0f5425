import { z } from 'zod';
import { call } from '../call-spec';

export interface PublishingStatus {
  online: boolean;
  /** Deliveries not yet sent (pending, sending or waiting to retry). */
  waiting: number;
}

/** The status bar's view of publishing. */
export const publishingCalls = {
  'publishing.status': call(z.strictObject({})).returns<PublishingStatus>().access('signed-in'),
};
