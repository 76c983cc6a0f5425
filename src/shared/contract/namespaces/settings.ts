import { z } from 'zod';
import { LANGUAGES, type Language } from '../../domain/language';
import { call } from '../call-spec';

export interface UiSettings {
  language: Language;
}

/** The UI language: public, so the sign-in screen speaks it too. */
export const settingsCalls = {
  'settings.get': call(z.strictObject({})).returns<UiSettings>().access('public'),
  'settings.setLanguage': call(z.strictObject({ language: z.enum(LANGUAGES) })).returns<UiSettings>().access('public'),
};
