import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

/** The story's own record; the workflow service applies who may change it, in its transactions. */
export function createArticlesHandlers(newsroom: Newsroom): NamespaceHandlers<'articles'> {
  return {
    'articles.create': (fields, context) => newsroom.workflow.create(fields, actor(context)),
    'articles.get': ({ id }) => newsroom.articles.get(id),
    'articles.save': (save, context) => newsroom.workflow.saveStory(save, actor(context)),
    'articles.delete': ({ id, expectedVersion }, context) => newsroom.workflow.remove(id, expectedVersion, actor(context)),
    'articles.restore': ({ id, expectedVersion }, context) => newsroom.workflow.bringBack(id, expectedVersion, actor(context)),
  };
}
