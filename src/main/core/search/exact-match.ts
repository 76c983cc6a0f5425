import type { QueryTerm } from '../../../shared/search/search-query';

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}\p{Co}]/u.test(char);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` holds the word (lowercase, as typed) in any letter case, starting a word and, unless
 * it is a prefix, ending one. A case-insensitive search of the text as it is: lowercasing a whole
 * body first cost ~35 µs per article, ten times the search itself. Each hit is confirmed with
 * toLowerCase, so "in any letter case" means what it meant when the text was lowercased first.
 */
function wordFinder(word: string, prefix: boolean): (text: string) => boolean {
  const pattern = new RegExp(escapeRegExp(word), 'giu');
  return (text) => {
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) {
      const end = hit.index + hit[0].length;
      if (hit[0].toLowerCase() !== word || isWordChar(text[hit.index - 1])) continue;
      if (prefix || !isWordChar(text[end])) return true;
    }
    return false;
  };
}

/**
 * How many of the words the reporter typed with diacritics appear in a text with exactly those
 * diacritics ("Hạ Long" rather than "hà lòng"). Folded matching found the candidates; this orders
 * them. Words typed without diacritics say nothing about the reporter's intent, so they are skipped.
 * Built once per query, then applied to each candidate's text.
 */
export function exactDiacriticScorer(terms: readonly QueryTerm[]): (text: string) => number {
  const finders = terms.filter((term) => term.exact !== term.folded).map((term) => wordFinder(term.exact, term.prefix));
  return (text) => finders.filter((found) => found(text)).length;
}
