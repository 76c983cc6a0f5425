import type { SessionInfo } from './session';
import { CategoryNamesSchema } from '../../domain/category';
import { call, text } from '../call-spec';
import { NewUserSchema } from './users';

/**
 * First run: the newsroom's name, its first account (admin and editor-in-chief) and its sections,
 * stored together or not at all.
 */
export const setupCalls = {
  'setup.createNewsroom': call(
    NewUserSchema.omit({ roles: true }).extend({ newsroomName: text(1, 200), categories: CategoryNamesSchema }),
  )
    .returns<SessionInfo>()
    // Public, but the core refuses it once any user exists.
    .access('public'),
};
