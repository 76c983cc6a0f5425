/**
 * Text bytes whose encoding nobody declared: EXIF "ASCII" fields, IPTC-IIM without 1:90, a .txt
 * file dropped onto the editor. The MWG guidelines say a legacy encoding cannot be known, so we
 * decide as carefully as we can: valid UTF-8 is UTF-8 (plain ASCII is valid UTF-8 too), and anything
 * else is a single-byte encoding — Windows-1258 when the bytes read as Vietnamese in it (old
 * Vietnamese tools on Windows wrote it), TCVN3 (ABC) or VNI-Windows when their Windows-1252 reading
 * is the mojibake the legacy detector knows ("Tham dù héi nghÞ": font encodings over the same bytes,
 * written by old scanning, captioning and word-processing software), otherwise Windows-1252 (what
 * "Latin-1" means in practice, and what Photoshop and most Western tools wrote).
 */
import { detectLegacyEncoding, legacyToUnicode, type LegacyEncoding } from './legacy-vietnamese';
import { countVietnameseSyllables } from './vietnamese-syllable';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export type LegacyCharset = 'windows-1258' | 'windows-1252' | LegacyEncoding;

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-8 that was declared as such: a broken sequence becomes U+FFFD rather than losing the field. */
export function decodeUtf8(bytes: Uint8Array): string {
  return lenientUtf8.decode(bytes);
}

export function decodeLegacy(bytes: Uint8Array, charset: LegacyCharset): string {
  if (charset === 'tcvn3' || charset === 'vni') return legacyToUnicode(new TextDecoder('windows-1252').decode(bytes), charset);
  return new TextDecoder(charset).decode(bytes);
}

// In Windows-1258 Vietnamese tones are mostly combining marks written after the vowel:
// 0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook above, 0xF2 dot below.
const TONE_MARK_BYTES = new Set([0xcc, 0xec, 0xde, 0xd2, 0xf2]);
// Vowels a tone can sit on: ASCII vowels and Windows-1258's Â Ă Ê Ô Ơ Ư â ă ê ô ơ ư.
const VOWEL_BYTES = new Set([
  ...[...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)),
  0xc2, 0xc3, 0xca, 0xd4, 0xd5, 0xdd, 0xe2, 0xe3, 0xea, 0xf4, 0xf5, 0xfd,
]);
const D_STROKE_BYTES = new Set([0xd0, 0xf0]);

/**
 * Scores how Vietnamese the bytes look when read as Windows-1258: a vowel followed by a combining
 * tone mark, or Đ/đ starting a word before a vowel. In Windows-1252 the same bytes would be
 * "Ì", "ì", "Þ", "Ò", "ò" after a vowel or "Ð" opening a word — rare in Western text — so one
 * hit is enough to tell them apart, while "São Paulo" or "Café" score nothing.
 */
export function vietnameseScore(bytes: Uint8Array): number {
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const previous = i > 0 ? bytes[i - 1]! : 0x20;
    const next = i + 1 < bytes.length ? bytes[i + 1]! : 0x20;
    if (TONE_MARK_BYTES.has(byte) && VOWEL_BYTES.has(previous)) score++;
    if (D_STROKE_BYTES.has(byte) && !isAsciiLetter(previous) && VOWEL_BYTES.has(next)) score++;
  }
  return score;
}

function isAsciiLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

/**
 * Picks one legacy charset for a set of fields written together by one tool. TCVN3 and
 * Windows-1258 share bytes: TCVN3's è, ề and ị (0xCC, 0xD2, 0xDE) are Windows-1258's combining
 * grave, hook and tilde, so TCVN3 after a vowel scores as Windows-1258, and Windows-1258 read as
 * Windows-1252 shows the "vowel + Ì, Ò, Þ" that marks TCVN3. When both fit, the reading that gives
 * more Vietnamese syllables is the one the tool wrote (the wrong one puts two tones on a syllable
 * or a tone after a consonant).
 */
export function guessLegacyCharset(fields: readonly Uint8Array[]): LegacyCharset {
  const score = fields.reduce((sum, bytes) => sum + vietnameseScore(bytes), 0);
  const legacy = detectLegacyEncoding(fields.map((bytes) => decodeLegacy(bytes, 'windows-1252')).join('\n'));
  if (!legacy) return score > 0 ? 'windows-1258' : 'windows-1252';
  if (score === 0) return legacy;
  const syllables = (charset: LegacyCharset) => countVietnameseSyllables(fields.map((bytes) => decodeLegacy(bytes, charset).normalize('NFC')).join('\n'));
  return syllables(legacy) > syllables('windows-1258') ? legacy : 'windows-1258';
}

/** Bytes of unknown encoding, decided on their own (one EXIF field). */
export function decodeUndeclared(bytes: Uint8Array): { text: string; certain: boolean } {
  if (isValidUtf8(bytes)) return { text: decodeUtf8(bytes), certain: true };
  return { text: decodeLegacy(bytes, guessLegacyCharset([bytes])), certain: false };
}

const UTF16_BOMS: [number, number, 'utf-16le' | 'utf-16be'][] = [
  [0xff, 0xfe, 'utf-16le'],
  [0xfe, 0xff, 'utf-16be'],
];

/**
 * A plain-text file of unknown encoding (a .txt dropped onto the editor): a UTF-16 byte order
 * mark decides; else as undeclared bytes (TextDecoder drops a UTF-8 one). `legacy` names the old
 * Vietnamese encoding the text was converted from, so the reporter can be told.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; legacy: LegacyEncoding | null } {
  const utf16 = UTF16_BOMS.find(([first, second]) => bytes[0] === first && bytes[1] === second)?.[2];
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), legacy: null };
  if (isValidUtf8(bytes)) return { text: decodeUtf8(bytes), legacy: null };
  const charset = guessLegacyCharset([bytes]);
  const legacy = charset === 'tcvn3' || charset === 'vni' ? charset : null;
  return { text: decodeLegacy(bytes, charset).normalize('NFC'), legacy };
}
