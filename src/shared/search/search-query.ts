import { nfc } from '../text/nfc';
import { fold, wordsOf } from '../text/fold';
import { telexToUnicode } from '../text/telex';

/** One word of a query, as typed (lowercased NFC) and folded. */
export interface QueryTerm {
  exact: string;
  folded: string;
  /** The word being typed: matches as a prefix ("Hạ Lon" finds "Hạ Long"). */
  prefix: boolean;
  /** The folded syllable the word is as Telex keys left unconverted ("dongf" → "dong"), if it is one. */
  telex: string | null;
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
    telex: telexFolded(word),
  }));
  // One typed letter as a prefix matches nearly every article and says little: wait for the next.
  return terms.filter((term) => !(term.prefix && term.folded.length < MIN_PREFIX_LENGTH));
}

/** Whether the reporter typed any diacritic (or đ): then exact-diacritic matches rank first. */
export const hasDiacritics = (terms: readonly QueryTerm[]): boolean =>
  terms.some((term) => term.exact !== term.folded);

/** A Telex reading that folds to the word itself adds nothing ("dong" is "dong" either way). */
function telexFolded(word: string): string | null {
  const syllable = telexToUnicode(word);
  const folded = syllable === null ? null : fold(syllable);
  return folded === null || folded === fold(word) ? null : folded;
}
