import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createOutboxHandlers(newsroom: Newsroom): NamespaceHandlers<'outbox'> {
  return {
    'outbox.list': () => newsroom.outbox.list(200),
    'outbox.forArticle': ({ articleId }) => newsroom.outbox.forArticle(articleId),
    'outbox.retry': ({ id }) => newsroom.outbox.retryNow(id),
    'outbox.cancel': ({ id }) => newsroom.outbox.cancel(id),
    'outbox.health': () => newsroom.outbox.health(),
  };
}
