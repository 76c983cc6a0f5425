import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createCategoriesHandlers(newsroom: Newsroom): NamespaceHandlers<'categories'> {
  return {
    'categories.list': () => newsroom.categories.list(),
    'categories.replace': ({ names }, context) => newsroom.categories.replaceAll(names, actor(context).id),
  };
}
