import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

export function createUsersHandlers(newsroom: Newsroom): NamespaceHandlers<'users'> {
  return {
    'users.list': () => newsroom.users.list(),
    'users.colleagues': () => newsroom.users.colleagues(),
    'users.create': (user, context) => newsroom.users.create(user, actor(context).id),
    'users.update': ({ id, expectedVersion, ...patch }, context) => newsroom.users.update(id, expectedVersion, patch, actor(context).id),
    'users.setPassword': async ({ id, password }, context) => {
      await newsroom.users.setPassword(id, password, actor(context).id);
      return { id };
    },
  };
}
