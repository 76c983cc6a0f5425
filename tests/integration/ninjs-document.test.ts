import { describe, expect, test } from 'vitest';
import { ninjsDocument } from '../../src/main/core/publishing/ninjs/ninjs-document';
import { createNinjsValidator } from '../../src/main/core/publishing/ninjs/ninjs-validator';
import type { Article } from '../../src/shared/domain/article';
import { bodyFromPlainText, type ArticleBody } from '../../src/shared/domain/article-body';
import { payloadOf, publishedArticle } from '../helpers/published-article';
import { loadSeedArticle, SEED_SLUG } from '../helpers/seed-article';

const validate = createNinjsValidator();
const options = { renditionUrl: (mediaId: string) => `https://baobaclieu.example/media/${mediaId}.jpg` };

/** The seed article as the store holds it: paragraphs, its one photo, byline, place. */
function seedArticle(): Article {
  const seed = loadSeedArticle();
  const children = seed.body.map((part, index) =>
    part.type === 'paragraph'
      ? bodyFromPlainText(part.text).root.children[0]!
      : { type: 'photo', version: 1, mediaId: index.toString(16).padStart(64, '0'), caption: part.caption, credit: part.credit, altText: 'Hội nghị', width: 1600, height: 1067 },
  );
  return publishedArticle({
    headline: seed.headline,
    sapo: seed.sapo,
    body: { root: { ...bodyFromPlainText('').root, children } },
    category: seed.category,
    bylineLabel: seed.byline.role_label,
    authors: seed.byline.authors,
    place: seed.dateline_place,
    keywords: ['Liên hiệp Hội', 'thi đua'],
    slug: SEED_SLUG,
    version: 7,
  });
}

function withPhotos(count: number): Article {
  const photos = Array.from({ length: count }, (_, index) => ({
    type: 'photo',
    version: 1,
    mediaId: (index + 1).toString(16).padStart(64, 'a'),
    caption: `Ảnh ${index + 1}`,
    credit: index % 2 ? '' : 'C.K',
    altText: index % 3 ? '' : 'Mô tả',
    width: 1600,
    height: 900,
  }));
  const body: ArticleBody = { root: { ...bodyFromPlainText('Đoạn.').root, children: [...bodyFromPlainText('Đoạn.').root.children, ...photos] } };
  return { ...seedArticle(), body };
}

describe('our ninjs 2.2', () => {
  test('for the seed article validates and carries every part', () => {
    const document = ninjsDocument(payloadOf(seedArticle()), 'usable', options);
    expect(validate(document).errors).toEqual([]);
    expect(document).toMatchObject({
      uri: 'urn:newsdesk:article:0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
      type: 'text',
      version: '7',
      pubstatus: 'usable',
      language: 'vi',
      slugline: SEED_SLUG,
      headlines: [{ role: 'main', value: loadSeedArticle().headline }],
      descriptions: [{ role: 'summary', value: loadSeedArticle().sapo }],
      by: 'Tin, ảnh: Đ.K.C',
      people: [{ name: 'Đ.K.C', rel: 'author' }],
      subjects: [
        { name: 'Tin tức', rel: 'category' },
        { name: 'Liên hiệp Hội', rel: 'keyword' },
        { name: 'thi đua', rel: 'keyword' },
      ],
      located: loadSeedArticle().dateline_place,
      associations: [
        {
          name: 'photo-1',
          type: 'picture',
          by: 'Đ.K.C',
          descriptions: [{ role: 'caption', value: loadSeedArticle().body.find((part) => part.type === 'photo')!.caption }, { role: 'alt', value: 'Hội nghị' }],
          renditions: [{ name: 'web', contenttype: 'image/jpeg', width: 1600, height: 1067 }],
        },
      ],
    });
    expect((document['bodies'] as { value: string }[])[0]!.value).toContain('Cụm thi đua số 9 gồm Liên hiệp các Hội KH-KT 6 tỉnh');
  });

  test.each([0, 1, 10])('with %i photos validates', (count) => {
    const document = ninjsDocument(payloadOf(withPhotos(count)), 'usable', options);
    expect(validate(document).errors).toEqual([]);
    expect((document['associations'] as unknown[] | undefined)?.length ?? 0).toBe(count);
  });

  test('an unpublish is the same story with pubstatus canceled, and validates', () => {
    const document = ninjsDocument(payloadOf(seedArticle()), 'canceled', options);
    expect(document['pubstatus']).toBe('canceled');
    expect(validate(document).valid).toBe(true);
  });

  test('a story with nothing but a headline leaves the empty fields out', () => {
    const bare: Article = { ...seedArticle(), sapo: '', bylineLabel: '', authors: [], keywords: [], category: '', place: '', slug: '', body: bodyFromPlainText('') };
    const document = ninjsDocument(payloadOf(bare), 'usable', options);
    expect(validate(document).errors).toEqual([]);
    for (const field of ['descriptions', 'by', 'people', 'subjects', 'located', 'associations', 'slugline']) expect(document).not.toHaveProperty(field);
  });
});
