import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createSearchHandlers(newsroom: Newsroom): NamespaceHandlers<'search'> {
  return {
    'search.articles': (options) => newsroom.search.search(options),
  };
}
