import type { Language } from '../domain/language';

/**
 * Names sort by the UI language's rules: Vietnamese puts A < Ă < Â, D < Đ, O < Ô < Ơ, U < Ư
 * (plain sort() and SQLite's binary order put Đ after Z).
 */
const collators: Record<Language, Intl.Collator> = {
  vi: new Intl.Collator('vi'),
  en: new Intl.Collator('en'),
};

/** A copy of `items` in name order for `language`. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, language: Language): T[] {
  const { compare } = collators[language];
  return [...items].sort((a, b) => compare(nameOf(a), nameOf(b)));
}
