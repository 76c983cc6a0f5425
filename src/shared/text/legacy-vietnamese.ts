import { toUnicode } from 'vietnamese-conversion';
import { countVietnameseSyllables } from './vietnamese-syllable';

/**
 * Legacy Vietnamese encodings from old Word documents (docs/VIETNAMESE.md): TCVN3/ABC (fonts
 * `.VnTime`, `.VnArial`…) and VNI-Windows (fonts `VNI-Times`…). Pasted from such a document the text
 * arrives as Latin-1 look-alikes ("Tham dù héi nghÞ"), which this module detects and converts.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * VNI-Windows writes a base letter followed by mark characters. Each mark maps to Unicode combining
 * marks, and NFC then composes the letter (a + ̂ + ́ → ấ); letters VNI encodes as one character map
 * directly. (The vietnamese-conversion package's VNI table mishandles "ươ" with a tone, e.g.
 * "öôùc" → "ươùc", so VNI uses this table; its TCVN3 table round-trips and is used as is.)
 */
const VNI_MARKS: Record<string, string> = {
  ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323',
  â: '\u0302', á: '\u0302\u0301', à: '\u0302\u0300', å: '\u0302\u0309', ã: '\u0302\u0303', ä: '\u0302\u0323',
  ê: '\u0306', é: '\u0306\u0301', è: '\u0306\u0300', ú: '\u0306\u0309', ü: '\u0306\u0303', ë: '\u0306\u0323',
};
const VNI_LETTERS: Record<string, string> = {
  ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ',
};

function vniToUnicode(text: string): string {
  const convert = (char: string): string => {
    const lower = char.toLowerCase();
    const upper = char !== lower;
    const mark = VNI_MARKS[lower];
    if (mark) return mark;
    const letter = VNI_LETTERS[lower];
    if (letter) return upper ? letter.toUpperCase() : letter;
    return char;
  };
  return [...text].map(convert).join('').normalize('NFC');
}

/** Letters only real Unicode Vietnamese has (â, ê, ô are Latin-1, so legacy text has them too). */
const VIETNAMESE_UNICODE = /[ăđĩũơưĂĐĨŨƠƯ\u1EA0-\u1EF9]/u;
/**
 * Characters TCVN3 uses for Vietnamese letters that Western text rarely has: symbols and capitals
 * inside words (TCVN3 writes "nghÞ", "ChiÒu"). Lowercase é, è, ü… are left out: French and German
 * have them too.
 */
const TCVN3_SIGNS = /[¸µ¶·¹¨¾»¼½©®ª«¬\u00AD§¡¢£¤¥¦þ÷]|\p{Ll}[ÆÊÇÈÉËÐÌÎÏÑÕÒÓÔÖÝ×ØÜÞ]/u;
/**
 * VNI's marks where VNI puts them: a tone mark after any vowel, a circumflex mark after a, e or o,
 * a breve mark after a, and đ (ñ) opening a word. "o" + á/à/ã is left out: Unicode Vietnamese
 * writes it too (hoà, khoá, xoá), so it proves nothing; Unicode's "iê", "iá", "uá" (Kiên, giáo,
 * quá) are not VNI marks at all. Found by tests/unit/legacy-false-positives.test.ts.
 */
const VNI_SIGNS =
  /[aeiouyôöAEIOUYÔÖ][ùøûõïÙØÛÕÏ]|[aeAE][âáàåãäÂÁÀÅÃÄ]|[oO][âåäÂÅÄ]|[aA][êéèúüëÊÉÈÚÜË]|^\P{L}*[ñÑ]/u;
/** A legacy guess needs this many words with signs, so one loanword ("naïve") is not enough. */
const MIN_SIGN_WORDS = 2;

/**
 * Guesses the encoding from the text alone: a good share of its words must carry the signs, and
 * converting must give more Vietnamese syllables than the text already has. Both kinds of signs
 * at once is common (TCVN3's "ù" for ư is VNI's acute mark, "dù" is "dự" in TCVN3 and "dú" in
 * VNI): then the reading that gives more syllables wins.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (VIETNAMESE_UNICODE.test(text)) return null;
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const signWords = (pattern: RegExp) => words.filter((word) => pattern.test(word)).length;
  const signs: Record<LegacyEncoding, number> = { vni: signWords(VNI_SIGNS), tcvn3: signWords(TCVN3_SIGNS) };
  const candidates = (['vni', 'tcvn3'] as const)
    .filter((encoding) => signs[encoding] >= MIN_SIGN_WORDS && signs[encoding] / words.length >= 0.2)
    .map((encoding) => ({ encoding, syllables: countVietnameseSyllables(legacyToUnicode(text, encoding)) }))
    .sort((a, b) => b.syllables - a.syllables || signs[b.encoding] - signs[a.encoding]);
  const best = candidates[0];
  return best && best.syllables > countVietnameseSyllables(text) ? best.encoding : null;
}

/** The encoding a pasted document's font names give away, if any. */
export function encodingFromFontNames(html: string): LegacyEncoding | null {
  if (/font-family:\s*["']?\.Vn/iu.test(html) || /face=["']?\.Vn/iu.test(html)) return 'tcvn3';
  if (/font-family:\s*["']?VNI-/iu.test(html) || /face=["']?VNI-/iu.test(html)) return 'vni';
  return null;
}

export function legacyToUnicode(text: string, encoding: LegacyEncoding): string {
  return encoding === 'vni' ? vniToUnicode(text) : toUnicode(text, 'tcvn3').normalize('NFC');
}
