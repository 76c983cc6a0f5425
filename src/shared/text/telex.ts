import { fold } from './fold';
import { isFoldedVietnameseSyllable, isVietnameseSyllable } from './vietnamese-syllable';

/**
 * Telex keys left unconverted ("dongf thaps", "ddoongf thaps": the IME was off) read back as the
 * syllable the reporter meant ("dòng tháp", "đồng tháp"). Shape keys: aa â, ee ê, oo ô, dd đ,
 * aw ă, ow ơ, uw ư (uow ươ); tone keys anywhere after the first vowel: s sắc, f huyền, r hỏi,
 * x ngã, j nặng. A word whose letters do not spell a Vietnamese syllable is no Telex (null).
 */
const TONE_KEYS: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const DOUBLED: Record<string, string> = { a: 'â', e: 'ê', o: 'ô', d: 'đ' };
const HORNED: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' };
const VOWELS = /[aăâeêioôơuưy]/u;

export function telexToUnicode(word: string): string | null {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/u.test(lower)) return null;
  let letters = '';
  let tone = '';
  for (const key of lower) {
    const last = letters.at(-1) ?? '';
    if (TONE_KEYS[key] && VOWELS.test(letters)) tone = TONE_KEYS[key];
    else if (key === last && DOUBLED[key]) letters = letters.slice(0, -1) + DOUBLED[key];
    else if (key === 'w' && letters.endsWith('uo')) letters = letters.slice(0, -2) + 'ươ';
    else if (key === 'w' && HORNED[last]) letters = letters.slice(0, -1) + HORNED[last];
    else letters += key;
  }
  if (letters === lower) return null;
  const syllable = withTone(letters, tone);
  // Shape keys are often skipped too ("nguoif" for người): then only the letters can be checked.
  return isVietnameseSyllable(syllable) || isFoldedVietnameseSyllable(fold(syllable)) ? syllable : null;
}

/**
 * The tone on the vowel that carries it: a shaped vowel (ơ in ươ), else the last vowel before a
 * final consonant, else the middle of three or the first of two (hòa, mùa; "qu" and "gi" are
 * initials, so quá and giá take theirs on a).
 */
function withTone(letters: string, tone: string): string {
  if (tone === '') return letters;
  const start = /^(qu|gi)(?=[aăâeêioôơuưy])/u.exec(letters)?.[0].length ?? 0;
  const cluster = /[aăâeêioôơuưy]+/u.exec(letters.slice(start));
  if (!cluster) return letters;
  const at = start + cluster.index;
  const vowels = cluster[0];
  const hasFinal = at + vowels.length < letters.length;
  const shaped = [...vowels].findLastIndex((vowel) => /[ăâêôơư]/u.test(vowel));
  const index = shaped >= 0 ? shaped : hasFinal ? vowels.length - 1 : vowels.length === 3 ? 1 : 0;
  const position = at + index;
  return (letters.slice(0, position + 1) + tone + letters.slice(position + 1)).normalize('NFC');
}
