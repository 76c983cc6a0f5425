import 'i18next';
import type vi from '../locales/vi.json';

// Keys are checked at compile time against the Vietnamese file, the source of truth.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
