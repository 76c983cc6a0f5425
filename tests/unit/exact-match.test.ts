import { expect, test } from 'vitest';
import { exactDiacriticScorer } from '../../src/main/core/search/exact-match';
import { parseSearchQuery } from '../../src/shared/search/search-query';

/** The score of a text, asked both as a string and as its UTF-8 bytes (how bodies are read): they must agree. */
function scoreOf(query: string, text: string): number {
  const score = exactDiacriticScorer(parseSearchQuery(query));
  const asText = score([text]);
  expect(score([Buffer.from(text, 'utf8')])).toBe(asText);
  return asText;
}

test('counts the words typed with diacritics that appear with exactly those diacritics, in any letter case', () => {
  expect(scoreOf('Hạ Long ', 'Du lịch Hạ Long')).toBe(1);
  expect(scoreOf('Hạ Long ', 'DU LỊCH HẠ LONG')).toBe(1);
  expect(scoreOf('Hạ Long ', 'Du lịch hẠ long')).toBe(1);
  expect(scoreOf('Hạ Long ', 'Hà lòng, hả lỏng')).toBe(0);
  expect(scoreOf('Bạc Liêu ', 'Diêm dân bạc liêu')).toBe(2);
  expect(scoreOf('Kiên Giang ', 'Tỉnh \u212Aiên Giang')).toBe(1);
  // Words typed without diacritics say nothing of intent and are not counted.
  expect(scoreOf('bac lieu ', 'Bạc Liêu')).toBe(0);
});

test('matches whole words, and the word being typed as a prefix', () => {
  expect(scoreOf('hạ ', 'Hạng nhất')).toBe(0);
  expect(scoreOf('hạ ', 'Nhạ Hạ')).toBe(1);
  expect(scoreOf('hạ ', 'Nhạ hạ')).toBe(1);
  expect(scoreOf('Hạ', 'Hạng nhất')).toBe(1);
  expect(scoreOf('Hạ', 'Nhạ')).toBe(0);
  expect(scoreOf('Hạ', 'ĐạHạ')).toBe(0);
  expect(scoreOf('đường ', '{"text":"Đường về"}')).toBe(1);
  expect(scoreOf('đường ', 'Đường')).toBe(1);
  expect(scoreOf('đường ', 'Đườngx')).toBe(0);
});

test('a word counts when any of the texts holds it', () => {
  const score = exactDiacriticScorer(parseSearchQuery('Bạc Liêu '));
  expect(score.best).toBe(2);
  expect(score(['Bạc', Buffer.from('…Liêu…')])).toBe(2);
  expect(score(['Bạc', Buffer.from('Liêuthị')])).toBe(1);
});
