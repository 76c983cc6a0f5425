import { expect, test } from 'vitest';
import { exactDiacriticScorer } from '../../src/main/core/search/exact-match';
import { parseSearchQuery } from '../../src/shared/search/search-query';

const scoreOf = (query: string, text: string) => exactDiacriticScorer(parseSearchQuery(query))(text);

test('counts the words typed with diacritics that appear with exactly those diacritics, in any letter case', () => {
  expect(scoreOf('Hạ Long ', 'Du lịch Hạ Long')).toBe(1);
  expect(scoreOf('Hạ Long ', 'DU LỊCH HẠ LONG')).toBe(1);
  expect(scoreOf('Hạ Long ', 'Hà lòng, hả lỏng')).toBe(0);
  expect(scoreOf('Bạc Liêu ', 'Diêm dân bạc liêu')).toBe(2);
  // Words typed without diacritics say nothing of intent and are not counted.
  expect(scoreOf('bac lieu ', 'Bạc Liêu')).toBe(0);
});

test('matches whole words, and the word being typed as a prefix', () => {
  expect(scoreOf('hạ ', 'Hạng nhất')).toBe(0);
  expect(scoreOf('hạ ', 'Nhạ Hạ')).toBe(1);
  expect(scoreOf('Hạ', 'Hạng nhất')).toBe(1);
  expect(scoreOf('Hạ', 'Nhạ')).toBe(0);
  expect(scoreOf('đường ', '{"text":"Đường về"}')).toBe(1);
});
