import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';
import { sessionInfo } from './session';

export function createSetupHandlers(newsroom: Newsroom): NamespaceHandlers<'setup'> {
  return {
    'setup.createNewsroom': async ({ newsroomName, ...admin }, context) => {
      const user = await newsroom.users.createFirst({ ...admin, roles: ['admin', 'editor_in_chief'] }, () =>
        newsroom.info.setName(newsroomName),
      );
      context.session.signIn(user);
      return sessionInfo(newsroom, user);
    },
  };
}
