import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createCategoriesHandlers(newsroom: Newsroom): NamespaceHandlers<'categories'> {
  return {
    'categories.list': () => newsroom.categories.list(),
  };
}
