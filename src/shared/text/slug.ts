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

/**
 * The slug a story publishes under, for every destination: the one the editor set, or else one
 * made from the headline. Empty when neither has a letter or digit; each destination decides what
 * stands in then (the website folder needs a file name, WordPress makes its own).
 */
export const storySlug = (story: { slug: string; headline: string }): string => story.slug || slugFromHeadline(story.headline);
