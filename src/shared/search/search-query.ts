import { nfc } from '../text/nfc';
import { fold, wordsOf } from '../text/fold';

/** One word of a query, as typed (lowercased NFC) and folded. */
export interface QueryTerm {
  exact: string;
  folded: string;
  /** The word being typed: matches as a prefix ("Hạ Lon" finds "Hạ Long"). */
  prefix: boolean;
}

/** More words than this add nothing to a newsroom search and only slow the index down. */
export const MAX_QUERY_TERMS = 12;

export const MIN_PREFIX_LENGTH = 2;

/**
 * Splits a query into words; every word must match. The last word is a prefix unless the query
 * ends in a space, so results follow the reporter's typing.
 */
export function parseSearchQuery(query: string): QueryTerm[] {
  const text = nfc(query);
  const words = wordsOf(text).slice(0, MAX_QUERY_TERMS);
  const typingLastWord = !/[^\p{L}\p{N}\p{Co}]$/u.test(text);
  const terms = words.map((word, index) => ({
    exact: word.toLowerCase(),
    folded: fold(word),
    prefix: typingLastWord && index === words.length - 1,
  }));
  // One typed letter as a prefix matches nearly every article and says little: wait for the next.
  return terms.filter((term) => !(term.prefix && term.folded.length < MIN_PREFIX_LENGTH));
}

/** Whether the reporter typed any diacritic (or đ): then exact-diacritic matches rank first. */
export const hasDiacritics = (terms: readonly QueryTerm[]): boolean =>
  terms.some((term) => term.exact !== term.folded);
