import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createRevisionsHandlers(newsroom: Newsroom): NamespaceHandlers<'revisions'> {
  return {
    'revisions.list': ({ articleId }) => newsroom.revisions.list(articleId),
    'revisions.diff': ({ fromRevisionId, toRevisionId }) => newsroom.revisions.diff(fromRevisionId, toRevisionId),
    'revisions.restore': ({ revisionId, expectedVersion }, context) =>
      newsroom.workflow.restoreRevision(revisionId, expectedVersion, actor(context)),
  };
}
