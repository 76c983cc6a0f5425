import type { Article } from '../../src/shared/domain/article';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { PublicationPayload } from '../../src/shared/domain/publication-payload';
import { publishedPhotoPath, renderArticle } from '../../src/shared/render/render-article';

/** A story as the store holds it once published at 16:49 on 29/06/2024; override what a test needs. */
export const publishedArticle = (overrides: Partial<Article> = {}): Article => ({
  id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  headline: 'Cụm thi đua số 9',
  sapo: 'Chiều 28/6, tại Bạc Liêu.',
  body: bodyFromPlainText('Tham dự hội nghị.'),
  category: 'Tin tức',
  bylineLabel: 'Tin, ảnh',
  authors: [{ name: 'Đ.K.C', roles: ['writer', 'photographer'] }],
  place: 'Bạc Liêu',
  keywords: [],
  slug: 'cum-thi-dua-so-9',
  status: 'published',
  version: 5,
  createdAt: '2024-06-29T08:00:00.000Z',
  updatedAt: '2024-06-29T09:49:00.000Z',
  createdBy: null,
  holderId: null,
  publishAt: null,
  publishedAt: '2024-06-29T09:49:00.000Z',
  ...overrides,
});

/** What a publish job carries for this story: rendered by the shared renderer, as the workflow does. */
export const payloadOf = (article: Article, correctionNotice: string | null = null): PublicationPayload => ({
  article,
  html: renderArticle(article, { publishedAt: article.publishedAt!, photoSource: publishedPhotoPath, correctionNotice }),
  correctionNotice,
  publishedAt: article.publishedAt!,
  newsroomName: 'Báo Bạc Liêu',
});
