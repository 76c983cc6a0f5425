import { z } from 'zod';
import { LANGUAGES, type Language } from '../../domain/language';
import { THEMES, type Theme } from '../../domain/theme';
import { call } from '../call-spec';

export interface UiSettings {
  language: Language;
  theme: Theme;
}

/** The UI language and theme: public, so the sign-in screen speaks and looks the same. */
export const settingsCalls = {
  'settings.get': call(z.strictObject({})).returns<UiSettings>().access('public'),
  'settings.setLanguage': call(z.strictObject({ language: z.enum(LANGUAGES) })).returns<UiSettings>().access('public'),
  'settings.setTheme': call(z.strictObject({ theme: z.enum(THEMES) })).returns<UiSettings>().access('public'),
};
