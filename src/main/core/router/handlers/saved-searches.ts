import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createSavedSearchesHandlers(newsroom: Newsroom): NamespaceHandlers<'savedSearches'> {
  return {
    'savedSearches.list': (_input, context) => newsroom.savedSearches.list(actor(context).id),
    'savedSearches.create': (input, context) => newsroom.savedSearches.create(actor(context).id, input),
    'savedSearches.delete': ({ id, expectedVersion }, context) =>
      newsroom.savedSearches.softDelete(actor(context).id, id, expectedVersion),
  };
}
