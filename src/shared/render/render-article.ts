import type { Article } from '../domain/article';
import { formatByline } from '../domain/byline';
import { formatPublishTime } from '../text/newsroom-time';
import { escapeHtml } from './escape';
import { renderBody, type PhotoSource } from './render-body';

export type RenderableArticle = Pick<Article, 'category' | 'headline' | 'sapo' | 'body' | 'bylineLabel' | 'authors'>;

export interface RenderOptions {
  /** The instant shown as `Thứ Bảy, 29/06/2024 | 16:49` (Asia/Ho_Chi_Minh). */
  publishedAt: string;
  photoSource: PhotoSource;
  /** A correction's notice ("Thông tin cải chính, xin lỗi" …), shown at the top, one paragraph a line. */
  correctionNotice?: string | null;
}

export { publishedPhotoPath } from './published-photo';

/**
 * The article as the paper's site shows it: category, headline, time, then the story's own content
 * (see `renderArticleContent`). Pure: the same input gives the same bytes, so the preview and
 * publishing (which reuses this function) cannot drift apart.
 */
export function renderArticle(article: RenderableArticle, options: RenderOptions): string {
  return [
    '<article class="article">',
    article.category ? `<p class="article-category">${escapeHtml(article.category)}</p>` : '',
    `<h1 class="article-headline">${escapeHtml(article.headline)}</h1>`,
    `<p class="article-time">${escapeHtml(formatPublishTime(options.publishedAt))}</p>`,
    renderArticleContent(article, options),
    '</article>',
  ].join('');
}

/**
 * What follows the headline and time: the correction notice, bold sapo, body with figures, and the
 * byline right-aligned and bold. Sites with their own title and date (WordPress) publish just this.
 */
export function renderArticleContent(article: RenderableArticle, options: Omit<RenderOptions, 'publishedAt'>): string {
  const byline = formatByline(article.bylineLabel, article.authors);
  return [
    options.correctionNotice
      ? `<aside class="article-correction">${options.correctionNotice
          .split('\n')
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join('')}</aside>`
      : '',
    article.sapo ? `<p class="article-sapo"><strong>${escapeHtml(article.sapo)}</strong></p>` : '',
    `<div class="article-body">${renderBody(article.body, options.photoSource)}</div>`,
    byline ? `<p class="article-byline" style="text-align:right"><strong>${escapeHtml(byline)}</strong></p>` : '',
  ].join('');
}
