import { describe, expect, test } from 'vitest';
import { slugFromHeadline } from '../../src/shared/text/slug';
import { loadSeedArticle, SEED_SLUG } from '../helpers/seed-article';

describe('slugs from headlines', () => {
  test('the seed headline gives the paper’s exact slug', () => {
    expect(slugFromHeadline(loadSeedArticle().headline)).toBe(SEED_SLUG);
  });

  test('đ becomes d (not dj) and % disappears (not "percent")', () => {
    expect(slugFromHeadline('Đồng Tháp đạt 100% kế hoạch')).toBe('dong-thap-dat-100-ke-hoach');
  });

  test('decomposed (NFD) input gives the same slug as NFC', () => {
    const headline = 'Bạc Liêu: mùa muối';
    expect(slugFromHeadline(headline.normalize('NFD'))).toBe(slugFromHeadline(headline));
    expect(slugFromHeadline(headline)).toBe('bac-lieu-mua-muoi');
  });
});
