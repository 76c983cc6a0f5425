import type { User } from '../../../shared/domain/user';
import type { UserStore } from '../users/user-store';

/**
 * The signed-in user of one window. The router keeps one session (the app has one main window; the
 * harness one page). Each call re-reads the user, so a user disabled or re-roled by an admin loses
 * the old rights on their very next call, not at their next sign-in.
 */
export interface Session {
  /** The active user, or null (signed out, or the user was disabled meanwhile). */
  currentUser(): User | null;
  signIn(user: User): void;
  signOut(): void;
}

export function createSession(users: UserStore): Session {
  let userId: string | null = null;
  return {
    currentUser() {
      if (userId === null) return null;
      const user = users.findActive(userId);
      if (!user) userId = null;
      return user;
    },
    signIn: (user) => {
      userId = user.id;
    },
    signOut: () => {
      userId = null;
    },
  };
}
