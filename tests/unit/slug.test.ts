import { describe, expect, test } from 'vitest';
import { slugFromHeadline, storySlug } from '../../src/shared/text/slug';
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

describe('the slug a story publishes under', () => {
  test('the editor’s own slug wins over the headline', () => {
    expect(storySlug({ slug: 'muoi-bac-lieu', headline: 'Bạc Liêu: mùa muối' })).toBe('muoi-bac-lieu');
  });

  test('with no slug set, the headline gives it', () => {
    expect(storySlug({ slug: '', headline: 'Bạc Liêu: mùa muối' })).toBe('bac-lieu-mua-muoi');
  });

  test('a headline with no letters or digits leaves it empty for the destination to fill', () => {
    expect(storySlug({ slug: '', headline: '!!! — ???' })).toBe('');
  });
});
