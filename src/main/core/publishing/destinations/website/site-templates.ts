import { escapeHtml } from '../../../../../shared/render/escape';
import { formatPublishTime } from '../../../../../shared/text/newsroom-time';

/** One published story as the site's indexes list it. */
export interface SiteEntry {
  articleId: string;
  /** Path of the page inside the site folder, e.g. `tin-tuc/cum-thi-dua-so-9.html`. */
  path: string;
  headline: string;
  sapo: string;
  category: string;
  categoryPath: string;
  publishedAt: string;
}

/** `../` as many times as needed to get from a page back to the site's root. */
const rootFrom = (path: string): string => '../'.repeat(path.split('/').length - 1);

function layout(siteName: string, title: string, path: string, main: string): string {
  const root = rootFrom(path);
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="stylesheet" href="${root}assets/site.css">`,
    '</head>',
    '<body>',
    `<header class="site-header"><a href="${root}index.html">${escapeHtml(siteName)}</a></header>`,
    `<main>${main}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A story's page: the shared renderer's article HTML inside the site's layout. */
export const articlePage = (siteName: string, entry: SiteEntry, articleHtml: string): string =>
  layout(siteName, `${entry.headline} - ${siteName}`, entry.path, articleHtml);

function list(entries: SiteEntry[], from: string): string {
  const root = rootFrom(from);
  const items = entries.map(
    (entry) =>
      `<li><a href="${root}${escapeHtml(entry.path)}">${escapeHtml(entry.headline)}</a>` +
      `<time datetime="${escapeHtml(entry.publishedAt)}">${escapeHtml(formatPublishTime(entry.publishedAt))}</time>` +
      `<p>${escapeHtml(entry.sapo)}</p></li>`,
  );
  return `<ul class="story-list">${items.join('')}</ul>`;
}

export const categoryPage = (siteName: string, category: string, path: string, entries: SiteEntry[]): string =>
  layout(siteName, `${category} - ${siteName}`, path, `<h1>${escapeHtml(category)}</h1>${list(entries, path)}`);

export function homePage(siteName: string, entries: SiteEntry[], categories: { name: string; path: string }[]): string {
  const navigation = categories.map((category) => `<a href="${escapeHtml(category.path)}">${escapeHtml(category.name)}</a>`).join(' · ');
  return layout(siteName, siteName, 'index.html', `<nav class="categories">${navigation}</nav>${list(entries, 'index.html')}`);
}

/** The site's stylesheet: the paper's look (bold sapo, captions under photos, byline right). */
export const SITE_CSS = `body{font-family:"Noto Serif",Georgia,serif;max-width:760px;margin:0 auto;padding:16px;line-height:1.6;color:#1d1d1b}
.site-header{font-weight:700;font-size:1.4rem;border-bottom:2px solid #0b5cad;margin-bottom:16px}
.site-header a{color:#0b5cad;text-decoration:none}
.article-category{color:#0b5cad;text-transform:uppercase;font-size:.85rem;margin:0}
time,.article-time{display:block;color:#6b6a66;font-size:.9rem}
.article-sapo{font-weight:700}
figure{margin:16px 0}figure img{max-width:100%}figcaption{font-style:italic;text-align:center;font-size:.9rem}
.article-byline{text-align:right;font-weight:700}
.article-correction{border-left:4px solid #a4262c;padding-left:12px}
.story-list{list-style:none;padding:0}.story-list li{border-bottom:1px solid #dcdad5;padding:8px 0}
`;
