import type { Article } from '../domain/article';
import { plainTextFromBody } from '../domain/article-body';
import { formatPublishTime } from '../text/newsroom-time';

/**
 * Article → HTML for the published record. Every piece of text is escaped; the structure comes
 * only from this function. (The full renderer with every editor node type arrives with the Lexical
 * editor; this one covers the plain paragraphs the current body field produces.)
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function renderArticleHtml(article: Article, correctionNotice: string | null = null): string {
  const paragraphs = plainTextFromBody(article.body)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  const notice = correctionNotice
    ? `<aside class="correction">${correctionNotice.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</aside>`
    : '';
  const time = article.publishedAt ? `<time datetime="${escapeHtml(article.publishedAt)}">${escapeHtml(formatPublishTime(article.publishedAt))}</time>` : '';
  return [
    '<article>',
    `<p class="category">${escapeHtml(article.category)}</p>`,
    `<h1>${escapeHtml(article.headline)}</h1>`,
    time,
    `<p class="sapo"><strong>${escapeHtml(article.sapo)}</strong></p>`,
    ...paragraphs,
    notice,
    '</article>',
  ].join('');
}
