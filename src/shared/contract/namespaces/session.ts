import { z } from 'zod';
import type { User } from '../../domain/user';
import { call } from '../call-spec';

export interface SessionInfo {
  newsroomName: string | null;
  /** True on first run: no user exists yet, so the app offers to set the newsroom up. */
  needsSetup: boolean;
  user: User | null;
}

/** Signing in and out: public, since nobody is signed in yet. */
export const sessionCalls = {
  'session.current': call(z.strictObject({})).returns<SessionInfo>().access('public'),
  'session.signIn': call(z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }))
    .returns<SessionInfo>()
    .access('public'),
  'session.signOut': call(z.strictObject({})).returns<SessionInfo>().access('public'),
};
