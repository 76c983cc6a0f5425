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
 */
export function foldWithOffsets(text: string): { folded: string; sourceStart: number[]; sourceEnd: number[] } {
  const pieces: string[] = [];
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let unit = 0; unit < piece.length; unit += 1) {
      sourceStart.push(index);
      sourceEnd.push(index + char.length);
    }
    pieces.push(piece);
    index += char.length;
  }
  return { folded: pieces.join(''), sourceStart, sourceEnd };
}

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
