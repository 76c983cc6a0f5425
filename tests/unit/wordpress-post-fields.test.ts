import { expect, test } from 'vitest';
import {
  articleMarker,
  captionWithCredit,
  mediaSlugOf,
  postContent,
  postDate,
  postFields,
  type UploadedPhoto,
} from '../../src/main/core/publishing/destinations/wordpress/post-fields';
import { basicAuthorization, restUrl } from '../../src/main/core/publishing/destinations/wordpress/wordpress-client';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { payloadOf, publishedArticle } from '../helpers/published-article';

const FIRST = 'a'.repeat(64);
const SECOND = 'b'.repeat(64);
const photo = (mediaId: string, caption: string, credit: string) => ({ type: 'photo', version: 1, mediaId, caption, credit, altText: `Ảnh ${mediaId[0]}`, width: 800, height: 600 });
const withPhotos = () =>
  publishedArticle({
    keywords: ['Bạc Liêu'],
    body: { root: { ...bodyFromPlainText('').root, children: [photo(FIRST, 'Hội nghị.', 'Đ.K.C'), ...bodyFromPlainText('Tham dự.').root.children, photo(SECOND, 'Thư viện.', '')] } },
  });
const uploaded = new Map<string, UploadedPhoto>([
  [FIRST, { id: 41, url: 'https://wp.example/wp-content/uploads/newsdesk-a.jpg' }],
  [SECOND, { id: 42, url: 'https://wp.example/wp-content/uploads/newsdesk-b.jpg' }],
]);

test('a post’s fields: headline, sapo as excerpt, the story’s slug, terms, first photo featured, first publication time', () => {
  const payload = payloadOf(withPhotos());
  expect(postFields(payload, { photos: uploaded, categoryIds: [3], tagIds: [7, 8] })).toEqual({
    title: 'Cụm thi đua số 9',
    content: postContent(payload, uploaded),
    excerpt: 'Chiều 28/6, tại Bạc Liêu.',
    slug: 'cum-thi-dua-so-9',
    status: 'publish',
    categories: [3],
    tags: [7, 8],
    featured_media: 41,
    date_gmt: '2024-06-29T09:49:00.000Z',
  });
  // No slug typed: made from the headline. No photo: no featured image (0 removes an old one).
  expect(postFields(payloadOf(publishedArticle({ slug: '' })), { photos: new Map(), categoryIds: [], tagIds: [] })).toMatchObject({
    slug: 'cum-thi-dua-so-9',
    featured_media: 0,
  });
});

test('the content is the shared renderer’s, with images classed wp-image-<id>, figcaptions, and the story’s marker', () => {
  const article = withPhotos();
  const html = postContent(payloadOf(article), uploaded);
  expect(html.startsWith(`<div class="newsdesk-story ${articleMarker(article.id)}"><p class="article-sapo"><strong>Chiều 28/6, tại Bạc Liêu.</strong></p>`)).toBe(true);
  expect(html).toContain(
    '<figure class="photo"><img class="wp-image-41" src="https://wp.example/wp-content/uploads/newsdesk-a.jpg" alt="Ảnh a" width="800" height="600">' +
      '<figcaption><span class="photo-caption">Hội nghị.</span> <span class="photo-credit">Ảnh: Đ.K.C</span></figcaption></figure>',
  );
  expect(html).toContain('<img class="wp-image-42" src="https://wp.example/wp-content/uploads/newsdesk-b.jpg"');
  expect(html).toContain('<p class="article-byline" style="text-align:right"><strong>Tin, ảnh: Đ.K.C</strong></p></div>');
  // The site shows its own title and date: neither is repeated in the content.
  expect(html).not.toContain('<h1');
  expect(html).not.toContain('29/06/2024');
});

test('a correction’s content opens with the notice', () => {
  const html = postContent(payloadOf(publishedArticle(), 'Thông tin cải chính, xin lỗi\nBài “Cụm thi đua số 9”…'), new Map());
  expect(html).toContain('<aside class="article-correction"><p>Thông tin cải chính, xin lỗi</p><p>Bài “Cụm thi đua số 9”…</p></aside>');
});

test('captions carry the credit as printed; media slugs and markers come from ids', () => {
  expect(captionWithCredit('Hội nghị.', 'Đ.K.C')).toBe('Hội nghị. Ảnh: Đ.K.C');
  expect(captionWithCredit('Hội nghị.', ' ')).toBe('Hội nghị.');
  expect(captionWithCredit('', 'C.K')).toBe('Ảnh: C.K');
  expect(mediaSlugOf(FIRST)).toBe(`newsdesk-${FIRST}`);
  expect(articleMarker('0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b')).toBe('newsdesk-story-0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b');
});

test('REST addresses use ?rest_route= (no pretty permalinks needed), also for a WordPress in a folder', () => {
  expect(restUrl('https://baobaclieu.vn', '/wp/v2/posts', { search: 'a b', per_page: 10 }).href).toBe(
    'https://baobaclieu.vn/?rest_route=%2Fwp%2Fv2%2Fposts&search=a+b&per_page=10',
  );
  expect(restUrl('https://baobaclieu.vn/tin?x=1#top', '/wp/v2/users/me').href).toBe('https://baobaclieu.vn/tin/?rest_route=%2Fwp%2Fv2%2Fusers%2Fme');
  expect(basicAuthorization('biên tập', 'abcd efgh')).toBe(`Basic ${Buffer.from('biên tập:abcd efgh').toString('base64')}`);
});

test('the post is dated at its first publication, never after the site’s clock (WordPress would schedule it)', () => {
  expect(postDate('2024-06-29T09:49:00.000Z', new Date('2024-06-29T09:50:00.000Z'))).toBe('2024-06-29T09:49:00.000Z');
  expect(postDate('2024-06-29T09:49:00.000Z', null)).toBe('2024-06-29T09:49:00.000Z');
  // A laptop two minutes ahead of the server.
  expect(postDate('2024-06-29T09:49:00.000Z', new Date('2024-06-29T09:47:00.000Z'))).toBe('2024-06-29T09:47:00.000Z');
  expect(postFields(payloadOf(publishedArticle()), { photos: new Map(), categoryIds: [], tagIds: [], serverTime: new Date('2024-06-29T09:48:30.000Z') }).date_gmt).toBe(
    '2024-06-29T09:48:30.000Z',
  );
});
