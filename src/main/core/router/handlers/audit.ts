import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createAuditHandlers(newsroom: Newsroom): NamespaceHandlers<'audit'> {
  return {
    'audit.list': ({ articleId }) => newsroom.audit.forArticle(newsroom.articles.get(articleId).id),
  };
}
