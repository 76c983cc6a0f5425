/**
 * Folding for search (and later slugs and the photo library): NFD → drop combining marks → đ/Đ to
 * d/D → lowercase, as `shared/docs/VIETNAMESE.md` prescribes. đ has no decomposition, so SQLite's
 * own `remove_diacritics` would miss it; folding in TypeScript on both sides (indexer and query)
 * keeps them in step. "hoà" and "hòa" (old and new tone placement) fold to the same "hoa".
 */
const COMBINING_MARKS = /\p{M}/gu;

export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Folds text and remembers, for every UTF-16 unit of the folded text, where its source character
 * starts in the original, so a match found in folded text can be highlighted in the original.
 * Character by character (a character's fold is looked up once, see foldChar). ASCII, most of the
 * units even in Vietnamese text, folds to its lowercase without the lookup: snippets and headlines
 * fold on every keystroke, and the lookup, the string iterator and a piece per character made this
 * 2–3× slower than it needs to be.
 */
export function foldWithOffsets(text: string): { folded: string; sourceStart: number[]; sourceEnd: number[] } {
  let folded = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      folded += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[index]!;
      sourceStart.push(index);
      sourceEnd.push(index + 1);
      index += 1;
      continue;
    }
    // A surrogate pair is one character, as `for…of` would have it; a lone surrogate is one unit.
    const width = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
    const piece = foldChar(text.slice(index, index + width));
    for (let unit = 0; unit < piece.length; unit += 1) {
      sourceStart.push(index);
      sourceEnd.push(index + width);
    }
    folded += piece;
    index += width;
  }
  return { folded, sourceStart, sourceEnd };
}

/**
 * The folded text of foldWithOffsets without the offsets: what the highlighter matches against, so
 * a paragraph this leaves without a match has nothing to highlight. Cheaper than `fold` (no NFD and
 * mark-stripping pass over the whole string), for screening paragraphs.
 */
export function foldEachChar(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      folded += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[index]!;
      index += 1;
      continue;
    }
    const width = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
    folded += foldChar(text.slice(index, index + width));
    index += width;
  }
  return folded;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Snippets fold whole article bodies per keystroke: a character's fold is worked out once. */
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let piece = foldedChars.get(char);
  if (piece === undefined) {
    piece = fold(char);
    if (foldedChars.size < 10_000) foldedChars.set(char, piece);
  }
  return piece;
}

/** Letters and digits make words; everything else separates them (as FTS5's unicode61 tokenizer does). */
export const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];
