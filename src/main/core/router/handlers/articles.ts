import { forbiddenError } from '../../../../shared/errors';
import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createArticlesHandlers(newsroom: Newsroom): NamespaceHandlers<'articles'> {
  return {
    'articles.create': (fields, context) => newsroom.workflow.create(fields, actor(context)),
    'articles.get': ({ id }) => newsroom.articles.get(id),
    'articles.list': (page) => newsroom.articles.list(page),
    'articles.update': ({ id, expectedVersion, patch }, context) =>
      newsroom.workflow.save(id, expectedVersion, patch, actor(context)),
    'articles.delete': ({ id, expectedVersion }, context) => {
      const user = actor(context);
      return newsroom.articles.softDelete(id, expectedVersion, (current) => {
        if (current.status !== 'draft' || current.createdBy !== user.id) {
          throw forbiddenError('Only the author may delete a story, and only while it is a draft');
        }
      });
    },
    'articles.restore': ({ id, expectedVersion }, context) => {
      const user = actor(context);
      return newsroom.articles.restore(id, expectedVersion, (current) => {
        if (current.createdBy !== user.id) throw forbiddenError('Only the author may bring back a deleted story');
      });
    },
  };
}
