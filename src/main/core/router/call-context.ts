import type { User } from '../../../shared/domain/user';
import { unauthenticatedError } from '../../../shared/errors';
import type { Session } from './session';

/** What a handler knows about the call besides its input. */
export interface CallContext {
  /** The signed-in user; null only for `public` calls made while signed out. */
  user: User | null;
  session: Session;
}

/** The signed-in user, for calls the access table reserves for them (the router checked already). */
export function actor(context: CallContext): User {
  if (!context.user) throw unauthenticatedError('Sign in first');
  return context.user;
}
