import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createDraftsHandlers(newsroom: Newsroom): NamespaceHandlers<'drafts'> {
  return {
    'drafts.write': (entry, context) => newsroom.drafts.write(entry, actor(context).id),
    'drafts.recoverable': (_input, context) => newsroom.drafts.recoverable(actor(context).id),
    'drafts.discard': ({ key }, context) => {
      newsroom.drafts.discard(key, actor(context).id);
      return null;
    },
  };
}
