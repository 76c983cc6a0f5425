import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';
import { sessionInfo } from './session';

export function createSetupHandlers(newsroom: Newsroom): NamespaceHandlers<'setup'> {
  return {
    'setup.createNewsroom': async ({ newsroomName, categories, ...admin }, context) => {
      // One transaction: a crash or a refusal leaves no half-made newsroom (a name without its
      // account, an account without its sections).
      const user = await newsroom.users.createFirst({ ...admin, roles: ['admin', 'editor_in_chief'] }, () => {
        newsroom.info.setName(newsroomName);
        newsroom.categories.replaceAll(categories, null);
      });
      context.session.signIn(user);
      return sessionInfo(newsroom, user);
    },
  };
}
