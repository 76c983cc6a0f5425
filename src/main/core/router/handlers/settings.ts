import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createSettingsHandlers(newsroom: Newsroom): NamespaceHandlers<'settings'> {
  const uiSettings = () => ({ language: newsroom.settings.get('language'), theme: newsroom.settings.get('theme') });
  return {
    'settings.get': uiSettings,
    'settings.setLanguage': ({ language }) => {
      newsroom.settings.set('language', language);
      return uiSettings();
    },
    'settings.setTheme': ({ theme }) => {
      newsroom.settings.set('theme', theme);
      return uiSettings();
    },
  };
}
