import type { QueryTerm } from '../../../shared/search/search-query';

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}\p{Co}]/u.test(char);

function containsWord(lowerText: string, word: string, prefix: boolean): boolean {
  for (let at = lowerText.indexOf(word); at !== -1; at = lowerText.indexOf(word, at + 1)) {
    if (!isWordChar(lowerText[at - 1]) && (prefix || !isWordChar(lowerText[at + word.length]))) return true;
  }
  return false;
}

/**
 * How many of the words the reporter typed with diacritics appear in the text with exactly those
 * diacritics ("Hạ Long" rather than "hà lòng"). Folded matching found the candidates; this orders
 * them. Words typed without diacritics say nothing about the reporter's intent, so they are skipped.
 */
export function exactDiacriticScore(text: string, terms: readonly QueryTerm[]): number {
  const lowerText = text.toLowerCase();
  return terms.filter((term) => term.exact !== term.folded && containsWord(lowerText, term.exact, term.prefix)).length;
}
