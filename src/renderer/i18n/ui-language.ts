import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/domain/language';
import { formatPublishTime } from '../../shared/text/newsroom-time';
import { isMacPlatform } from '../../shared/ui/shortcuts';

/** The UI language now shown; re-renders the caller when the language switches. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : DEFAULT_LANGUAGE;
}

/** formatPublishTime in the UI language (the weekday's name is the only part that changes). */
export function usePublishTime(): (instant: Date | string) => string {
  const language = useUiLanguage();
  return useCallback((instant: Date | string) => formatPublishTime(instant, language), [language]);
}

/** Whether this machine is a Mac, for ⌘ against Ctrl in shortcuts and their labels. */
export const onMac = isMacPlatform(navigator.platform);
