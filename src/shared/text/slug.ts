import slugify from '@sindresorhus/slugify';

/**
 * URL slugs per the house rule (docs/VIETNAMESE.md): diacritics dropped, đ → d, lowercase, words
 * joined by hyphens. Slug libraries spell đ as "dj" and % as "percent" unless told otherwise, so
 * both are replaced explicitly before transliteration.
 */
const REPLACEMENTS: [string, string][] = [
  ['đ', 'd'],
  ['Đ', 'D'],
  ['%', ''],
  ['&', ''],
];

export const slugFromHeadline = (headline: string): string =>
  slugify(headline.normalize('NFC'), { customReplacements: REPLACEMENTS, decamelize: false });
