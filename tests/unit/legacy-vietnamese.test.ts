import { describe, expect, test } from 'vitest';
import { detectLegacyEncoding, encodingFromFontNames, legacyToUnicode } from '../../src/shared/text/legacy-vietnamese';

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

  test('detection by font names in pasted HTML', () => {
    expect(encodingFromFontNames('<span style="font-family:.VnTime">x</span>')).toBe('tcvn3');
    expect(encodingFromFontNames(`<span style='font-family:"VNI-Times"'>x</span>`)).toBe('vni');
    expect(encodingFromFontNames('<span style="font-family:Times New Roman">x</span>')).toBeNull();
  });
});
