import type { Newsroom } from '../../newsroom';
import type { NamespaceHandlers } from './namespace-handlers';

export function createSettingsHandlers(newsroom: Newsroom): NamespaceHandlers<'settings'> {
  const uiSettings = () => ({ language: newsroom.settings.get('language') });
  return {
    'settings.get': uiSettings,
    'settings.setLanguage': ({ language }) => {
      newsroom.settings.set('language', language);
      return uiSettings();
    },
  };
}
