import { toTCVN3 } from 'vietnamese-conversion';
import { describe, expect, test } from 'vitest';
import { decodeTextFile } from '../../src/shared/text/undeclared-bytes';

const SENTENCE = 'Chiều 28/6, tại Bạc Liêu, Cụm thi đua số 9 tổ chức hội nghị sơ kết.';

describe('a text file of unknown encoding', () => {
  test('UTF-8, with or without a byte order mark, and UTF-16 with one', () => {
    expect(decodeTextFile(Buffer.from(SENTENCE, 'utf8'))).toEqual({ text: SENTENCE, legacy: null });
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]))).toEqual({ text: SENTENCE, legacy: null });
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]))).toEqual({ text: SENTENCE, legacy: null });
    const bigEndian = Buffer.from(SENTENCE, 'utf16le').swap16();
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]))).toEqual({ text: SENTENCE, legacy: null });
  });

  test('TCVN3 bytes are converted and say so; VNI bytes too', () => {
    expect(decodeTextFile(Buffer.from(toTCVN3(SENTENCE, 'unicode'), 'latin1'))).toEqual({ text: SENTENCE, legacy: 'tcvn3' });
    const vni = 'Chieàu 28/6, taïi Baïc Lieâu, Cuïm thi ñua soá 9 toå chöùc hoäi nghò sô keát.';
    expect(decodeTextFile(Buffer.from(vni, 'latin1'))).toEqual({ text: SENTENCE, legacy: 'vni' });
  });

  test('Western Windows-1252 stays as written', () => {
    expect(decodeTextFile(Buffer.from('Café crème à Zürich', 'latin1'))).toEqual({ text: 'Café crème à Zürich', legacy: null });
  });
});
