import { describe, expect, test } from 'vitest';
import { countText } from '../../src/shared/text/count';
import { overSoftLimit, SOFT_LIMITS } from '../../src/shared/text/length-limits';
import { loadSeedArticle } from '../helpers/seed-article';

describe('counting chữ and characters', () => {
  test('syllables are space-separated words; characters are NFC code points', () => {
    expect(countText('Chiều 28/6, tại Bạc Liêu')).toEqual({ syllables: 5, characters: 24 });
    expect(countText('  tiếng   Việt \n')).toEqual({ syllables: 2, characters: 16 });
    expect(countText('')).toEqual({ syllables: 0, characters: 0 });
  });

  test('decomposed text counts like composed text', () => {
    expect(countText('Tiếng Việt'.normalize('NFD'))).toEqual(countText('Tiếng Việt'));
    expect(countText('ế'.normalize('NFD')).characters).toBe(1);
  });

  test('the seed sapo (52 chữ, the hyphen counted as Word does) is past the 50-chữ soft limit', () => {
    const sapo = loadSeedArticle().sapo;
    expect(countText(sapo).syllables).toBe(52);
    expect(overSoftLimit(countText(sapo), SOFT_LIMITS.sapo)).toBe(true);
    expect(overSoftLimit(countText(sapo.split(' ').slice(0, 50).join(' ')), SOFT_LIMITS.sapo)).toBe(false);
  });
});
