import type { SessionInfo } from '../../../../shared/contract/contract';
import type { User } from '../../../../shared/domain/user';
import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

/** What the window needs to know about who is signed in, and whether the newsroom exists yet. */
export const sessionInfo = (newsroom: Newsroom, user: User | null): SessionInfo => ({
  newsroomName: newsroom.info.name(),
  needsSetup: newsroom.users.count() === 0,
  user,
});

export function createSessionHandlers(newsroom: Newsroom): NamespaceHandlers<'session'> {
  return {
    'session.current': (_input, context) => sessionInfo(newsroom, context.user),
    'session.signIn': async ({ username, password }, context) => {
      const user = await newsroom.users.authenticate(username, password);
      context.session.signIn(user);
      return sessionInfo(newsroom, user);
    },
    'session.signOut': (_input, context) => {
      context.session.signOut();
      return sessionInfo(newsroom, null);
    },
  };
}
