import { describe, expect, test } from 'vitest';
import { detectLegacyEncoding, encodingFromFontNames, legacyToUnicode } from '../../src/shared/text/legacy-vietnamese';
import { countVietnameseSyllables, isVietnameseSyllable } from '../../src/shared/text/vietnamese-syllable';

const SENTENCE = 'Chiều 28/6, tại Bạc Liêu, Cụm thi đua số 9 tổ chức hội nghị ước định';
const TCVN3 = 'ChiÒu 28/6, t¹i B¹c Liªu, Côm thi ®ua sè 9 tæ chøc héi nghÞ ­íc ®Þnh';
const VNI = 'Chieàu 28/6, taïi Baïc Lieâu, Cuïm thi ñua soá 9 toå chöùc hoäi nghò öôùc ñònh';

describe('legacy Vietnamese encodings', () => {
  test('TCVN3 and VNI text converts to the Unicode sentence', () => {
    expect(legacyToUnicode(TCVN3, 'tcvn3')).toBe(SENTENCE);
    expect(legacyToUnicode(VNI, 'vni')).toBe(SENTENCE);
  });

  test('VNI capitals', () => {
    expect(legacyToUnicode('ÑOÀNG THAÙP – BAÏC LIEÂU – ÖÔÙC', 'vni')).toBe('ĐỒNG THÁP – BẠC LIÊU – ƯỚC');
  });

  test('detection by character statistics', () => {
    expect(detectLegacyEncoding(TCVN3)).toBe('tcvn3');
    expect(detectLegacyEncoding(VNI)).toBe('vni');
    expect(detectLegacyEncoding(SENTENCE)).toBeNull();
    expect(detectLegacyEncoding('Café crème à la française, São Paulo and Zürich')).toBeNull();
  });

  test('TCVN3 whose letters are also VNI marks (TCVN3\'s ế is "Õ", VNI\'s tilde after a vowel) is read as TCVN3', () => {
    const tcvn3 = 'Dù kiÕn thiÕt';
    expect(detectLegacyEncoding(tcvn3)).toBe('tcvn3');
    expect(legacyToUnicode(tcvn3, 'tcvn3')).toBe('Dự kiến thiết');
  });

  test('a conversion that gives no more Vietnamese syllables than the text has is not made', () => {
    // two VNI signs (a + ï, VNI's dot below) in four words, but "nạve" is no syllable either
    expect(detectLegacyEncoding('Naïve Zoë, naïve Chloë')).toBeNull();
  });

  test('Vietnamese syllables: one tone at most, only sắc or nặng before p, t, c, ch', () => {
    for (const word of ['Nguyễn', 'người', 'khuya', 'gì', 'giữa', 'quá', 'hoà', 'hòa', 'thuở', 'Đồng', 'Tháp', 'LIÊU', 'ạch']) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
    for (const word of ['nghị̀', 'tàp', 'mãc', 'Kingston', 'ngh̃', 't¹i', 'B¹c', 'xyz']) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
    expect(countVietnameseSyllables(SENTENCE)).toBe(14);
    expect(countVietnameseSyllables(TCVN3)).toBeLessThan(8);
  });

  test('detection by font names in pasted HTML', () => {
    expect(encodingFromFontNames('<span style="font-family:.VnTime">x</span>')).toBe('tcvn3');
    expect(encodingFromFontNames(`<span style='font-family:"VNI-Times"'>x</span>`)).toBe('vni');
    expect(encodingFromFontNames('<span style="font-family:Times New Roman">x</span>')).toBeNull();
  });
});
