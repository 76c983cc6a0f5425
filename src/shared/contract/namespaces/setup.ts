import type { SessionInfo } from './session';
import { call, text } from '../call-spec';
import { NewUserSchema } from './users';

/** First run: the newsroom's name and its first account (admin and editor-in-chief). */
export const setupCalls = {
  'setup.createNewsroom': call(NewUserSchema.omit({ roles: true }).extend({ newsroomName: text(1, 200) }))
    .returns<SessionInfo>()
    // Public, but the core refuses it once any user exists.
    .access('public'),
};
