import type { Role } from './roles';

/** A user as the app shows them; never carries the password hash. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  /** Initials or pen name, as bylines print it (e.g. "Đ.K.C"). */
  initials: string;
  roles: Role[];
  disabled: boolean;
  version: number;
}

/** What every signed-in user may know about colleagues: enough to show names and roles. */
export type Colleague = Pick<User, 'id' | 'displayName' | 'initials' | 'roles' | 'disabled'>;

/** Sign-in matches user names without regard to case or Unicode form (laptop and server alike). */
export const usernameKey = (username: string): string => username.normalize('NFC').trim().toLocaleLowerCase('vi');
