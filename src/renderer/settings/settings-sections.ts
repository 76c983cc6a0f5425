import type { User } from '../../shared/domain/user';

/**
 * Cài đặt's sections, in the order of its section list. Chung (language, theme) is everyone's;
 * the others are the admin's (the router refuses their calls to anyone else anyway).
 */
export const SETTINGS_SECTIONS = ['general', 'users', 'destinations', 'newsroom'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const sectionsFor = (user: User): SettingsSection[] =>
  user.roles.includes('admin') ? [...SETTINGS_SECTIONS] : ['general'];
