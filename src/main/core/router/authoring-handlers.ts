import { forbiddenError } from '../../../shared/errors';
import { mayEditContent } from '../../../shared/workflow/transitions';
import type { Newsroom } from '../newsroom';
import { actor } from './call-context';
import type { Handlers } from './handlers';

type AuthoringCall =
  | 'revisions.list'
  | 'revisions.diff'
  | 'revisions.restore'
  | 'drafts.write'
  | 'drafts.recoverable'
  | 'drafts.discard';

/** Revisions and the recovery journal, mapped onto the core. */
export function createAuthoringHandlers(newsroom: Newsroom): Pick<Handlers, AuthoringCall> {
  return {
    'revisions.list': ({ articleId }) => newsroom.revisions.list(articleId),
    'revisions.diff': ({ fromRevisionId, toRevisionId }) => newsroom.revisions.diff(fromRevisionId, toRevisionId),
    'revisions.restore': ({ revisionId, expectedVersion }, context) => {
      const user = actor(context);
      // Restoring rewrites the story's text: the same rule as any edit.
      return newsroom.revisions.restore(revisionId, expectedVersion, user.id, (current) => {
        if (!mayEditContent(user, current)) throw forbiddenError(`${user.username} may not edit this story now`);
      });
    },
    'drafts.write': (entry, context) => newsroom.drafts.write(entry, actor(context).id),
    'drafts.recoverable': (_input, context) => newsroom.drafts.recoverable(actor(context).id),
    'drafts.discard': ({ key }, context) => {
      newsroom.drafts.discard(key, actor(context).id);
      return null;
    },
  };
}
