import { describe, expect, test } from 'vitest';
import { fold, foldEachChar, foldWithOffsets } from '../../src/shared/text/fold';
import { hasDiacritics, parseSearchQuery } from '../../src/shared/search/search-query';
import { highlight, snippet } from '../../src/shared/search/highlight';

describe('fold', () => {
  test('drops tone marks and vowel marks, maps đ/Đ to d, lowercases', () => {
    expect(fold('Đồng Tháp')).toBe('dong thap');
    expect(fold('Bạc Liêu')).toBe('bac lieu');
    expect(fold('ĐƯỜNG ĐI')).toBe('duong di');
    expect(fold('Quốc phòng – An ninh')).toBe('quoc phong – an ninh');
  });

  test('old and new tone placement fold to the same word', () => {
    expect('hoà').not.toBe('hòa');
    expect(fold('hoà')).toBe('hoa');
    expect(fold('hòa')).toBe('hoa');
    expect(fold('Thuỷ')).toBe(fold('Thủy'));
  });

  test('decomposed (NFD) input folds like composed input', () => {
    expect(fold('Hạ Long'.normalize('NFD'))).toBe(fold('Hạ Long'));
  });

  test('offsets point back at the original characters', () => {
    const text = 'Vịnh Hạ Long';
    const { folded, sourceStart, sourceEnd } = foldWithOffsets(text);
    const at = folded.indexOf('ha long');
    expect(text.slice(sourceStart[at], sourceEnd[at + 'ha long'.length - 1])).toBe('Hạ Long');
  });

  test('offsets: every character folded on its own, ASCII fast path or not, surrogate pairs whole', () => {
    // The plain definition: each character (as `for…of` splits them) folded alone, each unit of
    // its fold pointing back at that character.
    const reference = (text: string) => {
      let folded = '';
      const sourceStart: number[] = [];
      const sourceEnd: number[] = [];
      let index = 0;
      for (const char of text) {
        const piece = fold(char);
        for (let unit = 0; unit < piece.length; unit += 1) {
          sourceStart.push(index);
          sourceEnd.push(index + char.length);
        }
        folded += piece;
        index += char.length;
      }
      return { folded, sourceStart, sourceEnd };
    };
    for (const text of [
      '',
      'ABC xyz 09 @[`{ \n\t',
      'Sáng 25/11, TP Cần Thơ: Hội nghị ĐỒNG BẰNG sông Cửu Long',
      'Hạ Long'.normalize('NFD'),
      'İstanbul',
      '한국어',
      '𝐀bc 😀 x',
      'lone \ud800 high, lone \udc00 low, end \ud83d',
      'ΟΔΟΣ ΟΔΟΣ',
    ]) {
      expect(foldWithOffsets(text)).toEqual(reference(text));
      // The snippet's paragraph screen folds exactly as the highlighter does.
      expect(foldEachChar(text)).toBe(reference(text).folded);
    }
  });
});

describe('parseSearchQuery', () => {
  test('folds each word; the last one is a prefix while it is being typed', () => {
    expect(parseSearchQuery('Hạ Lon')).toEqual([
      { exact: 'hạ', folded: 'ha', prefix: false, telex: null },
      { exact: 'lon', folded: 'lon', prefix: true, telex: null },
    ]);
    expect(parseSearchQuery('Hạ Long ').every((term) => !term.prefix)).toBe(true);
  });

  test('a single letter being typed waits for the next one; a finished one-letter word counts', () => {
    expect(parseSearchQuery('B')).toEqual([]);
    expect(parseSearchQuery('Bạc L').map((term) => term.folded)).toEqual(['bac']);
    expect(parseSearchQuery('Bạc Li').map((term) => term.folded)).toEqual(['bac', 'li']);
    expect(parseSearchQuery('a ')).toEqual([{ exact: 'a', folded: 'a', prefix: false, telex: null }]);
  });

  test('a word that is Telex left unconverted also carries its folded reading (#15 item 6)', () => {
    expect(parseSearchQuery('dongf thaps ').map((term) => [term.folded, term.telex])).toEqual([['dongf', 'dong'], ['thaps', 'thap']]);
  });

  test('punctuation separates words and cannot reach the index as syntax', () => {
    expect(parseSearchQuery('"Bạc" OR Liêu* -xa').map((term) => term.folded)).toEqual(['bac', 'or', 'lieu', 'xa']);
    expect(parseSearchQuery(' ,.; ')).toEqual([]);
  });

  test('knows when the reporter typed diacritics', () => {
    expect(hasDiacritics(parseSearchQuery('dong thap'))).toBe(false);
    expect(hasDiacritics(parseSearchQuery('dong tháp'))).toBe(true);
    expect(hasDiacritics(parseSearchQuery('đông'))).toBe(true);
  });
});

describe('highlight and snippet', () => {
  test('matches are found folded and shown in the original text', () => {
    expect(highlight('Lũ về Đồng Tháp', parseSearchQuery('dong thap '))).toEqual([
      { text: 'Lũ về ', match: false },
      { text: 'Đồng', match: true },
      { text: ' ', match: false },
      { text: 'Tháp', match: true },
    ]);
  });

  test('words match at word starts only; the typed word as a prefix', () => {
    expect(highlight('Hạ Long, hạng nhất', parseSearchQuery('Hạ Lon'))).toEqual([
      { text: 'Hạ', match: true },
      { text: ' ', match: false },
      { text: 'Long', match: true },
      { text: ', hạng nhất', match: false },
    ]);
    expect(highlight('Bạc Liêu', parseSearchQuery('ac'))).toEqual([{ text: 'Bạc Liêu', match: false }]);
  });

  test('a snippet is a window around the first match, cut at spaces', () => {
    const text = `${'mở đầu '.repeat(60)}tại Bạc Liêu hôm nay${' kết thúc'.repeat(60)}`;
    const segments = snippet(text, parseSearchQuery('bac lieu'), 80)!;
    expect(segments[0]).toEqual({ text: '…', match: false });
    expect(segments.at(-1)).toEqual({ text: '…', match: false });
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['Bạc', 'Liêu']);
    const shown = segments.slice(1, -1).map((segment) => segment.text).join('');
    expect(shown.length).toBeLessThanOrEqual(80);
    expect(shown.startsWith(' ') || shown.endsWith(' ')).toBe(false);
    expect(snippet('không có gì', parseSearchQuery('bac lieu'))).toBeNull();
  });
});
