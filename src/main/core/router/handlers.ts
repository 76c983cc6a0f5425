import type { CallName } from '../../../shared/contract/calls';
import type { CallOutput, ParsedInput } from '../../../shared/contract/contract';
import type { Newsroom } from '../newsroom';

/**
 * What a handler knows about the call besides its input. `userId` is the signed-in user of the
 * window that made the call (null until users and sign-in exist).
 */
export interface CallContext {
  userId: string | null;
}

export type Handlers = {
  [K in CallName]: (input: ParsedInput<K>, context: CallContext) => CallOutput<K> | Promise<CallOutput<K>>;
};

/** Maps each call of the contract onto the core. Inputs arrive here already validated. */
export function createHandlers(newsroom: Newsroom): Handlers {
  const uiSettings = () => ({ language: newsroom.settings.get('language') });
  return {
    'articles.create': (fields) => newsroom.articles.create(fields),
    'articles.get': ({ id }) => newsroom.articles.get(id),
    'articles.list': (options) => newsroom.articles.list(options),
    'articles.update': ({ id, expectedVersion, patch }) =>
      newsroom.articles.update(id, expectedVersion, patch),
    'articles.delete': ({ id, expectedVersion }) => newsroom.articles.softDelete(id, expectedVersion),
    'categories.list': () => newsroom.categories.list(),
    'settings.get': uiSettings,
    'settings.setLanguage': ({ language }) => {
      newsroom.settings.set('language', language);
      return uiSettings();
    },
    'articles.restore': ({ id, expectedVersion }) => newsroom.articles.restore(id, expectedVersion),
    'desk.list': (options) => newsroom.desk.list(options),
    'desk.counts': () => newsroom.desk.counts(),
    'search.articles': (options) => newsroom.search.search(options),
    'savedSearches.list': () => newsroom.savedSearches.list(),
    'savedSearches.create': (input) => newsroom.savedSearches.create(input),
    'savedSearches.delete': ({ id, expectedVersion }) => newsroom.savedSearches.softDelete(id, expectedVersion),
  };
}
