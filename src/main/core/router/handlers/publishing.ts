import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createPublishingHandlers(newsroom: Newsroom): NamespaceHandlers<'publishing'> {
  return {
    'publishing.status': () => ({ online: newsroom.isOnline(), waiting: newsroom.outbox.waitingCount() }),
  };
}
