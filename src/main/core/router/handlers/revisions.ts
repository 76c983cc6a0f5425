import { forbiddenError } from '../../../../shared/errors';
import { mayEditContent } from '../../../../shared/workflow/transitions';
import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createRevisionsHandlers(newsroom: Newsroom): NamespaceHandlers<'revisions'> {
  return {
    'revisions.list': ({ articleId }) => newsroom.revisions.list(articleId),
    'revisions.record': ({ articleId, reason }, context) => newsroom.revisions.record(articleId, reason, actor(context).id),
    'revisions.checkpoint': ({ articleId }, context) => newsroom.revisions.checkpoint(articleId, actor(context).id),
    'revisions.diff': ({ fromRevisionId, toRevisionId }) => newsroom.revisions.diff(fromRevisionId, toRevisionId),
    'revisions.restore': ({ revisionId, expectedVersion }, context) => {
      const user = actor(context);
      // Restoring rewrites the story's text: the same rule as any edit.
      return newsroom.revisions.restore(revisionId, expectedVersion, user.id, (current) => {
        if (!mayEditContent(user, current)) throw forbiddenError(`${user.username} may not edit this story now`);
      });
    },
  };
}
