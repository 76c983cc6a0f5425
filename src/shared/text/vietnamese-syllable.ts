import { fold } from './fold';

/**
 * Whether a word can be a Vietnamese syllable: an initial consonant, a vowel cluster Vietnamese
 * spells, a final consonant, and at most one tone, with only the sắc or nặng tone before a final
 * p, t, c or ch. Used to judge between readings of legacy bytes (Windows-1258, TCVN3, VNI): the
 * wrong reading of one encoding in another gives two tones on a syllable, a tone mark after a
 * consonant or a symbol inside a word, which real text never has. Loose on purpose (it does not
 * know the dictionary): it only has to tell text from mojibake.
 */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const FLAT_TONES_ONLY_BEFORE = /(?:p|t|c|ch)$/u;
const FLAT_TONES = new Set(['\u0301', '\u0323']);

const INITIALS = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';
const VOWEL_CLUSTERS = [
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
].join('|');
const FINALS = 'ch|ng|nh|c|m|n|p|t';
const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:${VOWEL_CLUSTERS})(?:${FINALS})?$`, 'u');
/** The same without any mark, as a syllable reads folded or typed with the shape keys left out. */
const FOLDED_SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:${fold(VOWEL_CLUSTERS)})(?:${FINALS})?$`, 'u');

/** Whether folded letters (no tone, no shape, d for đ) spell a Vietnamese syllable: "nguoi", "duong". */
export function isFoldedVietnameseSyllable(letters: string): boolean {
  return FOLDED_SYLLABLE.test(letters);
}

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!SYLLABLE.test(base)) return false;
  return tones.length === 0 || !FLAT_TONES_ONLY_BEFORE.test(base) || FLAT_TONES.has(tones[0]!);
}

/** Punctuation around a word is not part of it; symbols (®, ¹, which TCVN3 uses for letters) are. */
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;

/** How many of the text's space-separated words are Vietnamese syllables. */
export function countVietnameseSyllables(text: string): number {
  return text
    .split(/\s+/u)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word !== '' && isVietnameseSyllable(word)).length;
}
