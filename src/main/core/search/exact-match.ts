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
      if (hit[0].toLowerCase() !== word || isWordChar(text[hit.index - 1])) continue;
      if (prefix || !isWordChar(text[hit.index + hit[0].length])) return true;
    }
    return false;
  };
}

/**
 * Every character whose lowercase is this one: its capital, and the odd one such as the Kelvin sign
 * for k. The table is made once, from every character of the Basic Multilingual Plane (~3 ms).
 */
const casesOf = (() => {
  let table: Map<string, string[]> | null = null;
  const build = () => {
    const built = new Map<string, string[]>();
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      const lower = char.toLowerCase();
      if (lower !== char && lower.length === 1) built.set(lower, [...(built.get(lower) ?? []), char]);
    }
    return built;
  };
  return (char: string): string[] => {
    table ??= build();
    return [char, ...(table.get(char) ?? [])];
  };
})();

const latin1Of = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/** The UTF-8 character that ends just before `at` and the one that starts at `at`, decoded. */
function charBefore(bytes: Buffer, at: number): string | undefined {
  let start = at - 1;
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start -= 1;
  return start < 0 ? undefined : bytes.toString('utf8', start, at);
}

function charAt(bytes: Buffer, at: number): string | undefined {
  if (at >= bytes.length) return undefined;
  let end = at + 1;
  while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end += 1;
  return bytes.toString('utf8', at, end);
}

/**
 * The same question asked of UTF-8 bytes, so a body read as a BLOB never becomes a JS string (turning
 * 100 bodies into strings cost more than finding them). The bytes are searched as Latin-1 text with
 * each character of the word spelled in UTF-8 in every case that lowercases to it.
 */
function byteWordFinder(word: string, prefix: boolean): (bytes: Buffer, text: string) => boolean {
  const spelled = [...word].map((char) => `(?:${casesOf(char).map((one) => escapeRegExp(latin1Of(one))).join('|')})`);
  const pattern = new RegExp(spelled.join(''), 'g');
  return (bytes, text) => {
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) {
      if (isWordChar(charBefore(bytes, hit.index))) continue;
      if (prefix || !isWordChar(charAt(bytes, hit.index + hit[0].length))) return true;
    }
    return false;
  };
}

type ByteFinder = ReturnType<typeof byteWordFinder>;

export interface ExactDiacriticScorer {
  /** How many of the words typed with diacritics appear exactly in any of these texts or UTF-8 byte runs. */
  (texts: ReadonlyArray<string | Buffer>): number;
  /** How many words were typed with diacritics: the best score. */
  readonly best: number;
}

/**
 * How many of the words the reporter typed with diacritics appear in a story's text with exactly
 * those diacritics ("Hạ Long" rather than "hà lòng"). Folded matching found the candidates; this
 * orders them. Words typed without diacritics say nothing of intent, so they are skipped. Built once
 * per query, then applied to each candidate's texts (a word counts if any text holds it).
 */
export function exactDiacriticScorer(terms: readonly QueryTerm[]): ExactDiacriticScorer {
  const words = terms
    .filter((term) => term.exact !== term.folded)
    .map((term) => ({ inText: wordFinder(term.exact, term.prefix), inBytes: byteWordFinder(term.exact, term.prefix) }));
  const score = (texts: ReadonlyArray<string | Buffer>) => {
    // Each byte run is read as Latin-1 once, whichever words look at it (not once per word).
    const asLatin1 = texts.map((): string | undefined => undefined);
    const inBytesAt = (inBytes: ByteFinder, bytes: Buffer, index: number) =>
      inBytes(bytes, (asLatin1[index] ??= bytes.toString('latin1')));
    return words.filter(({ inText, inBytes }) =>
      texts.some((text, index) => (typeof text === 'string' ? inText(text) : inBytesAt(inBytes, text, index))),
    ).length;
  };
  return Object.assign(score, { best: words.length });
}
