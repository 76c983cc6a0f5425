import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createPublicationsHandlers(newsroom: Newsroom): NamespaceHandlers<'publications'> {
  return {
    'publications.list': ({ articleId }) => newsroom.publications.forArticle(articleId),
    'publications.get': ({ id }) => newsroom.publications.get(id),
  };
}
