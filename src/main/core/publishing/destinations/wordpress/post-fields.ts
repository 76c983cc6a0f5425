import type { PublicationPayload } from '../../../../../shared/domain/publication-payload';
import { photosInBody } from '../../../../../shared/editor/photos-in-body';
import { escapeHtml } from '../../../../../shared/render/escape';
import { renderArticleContent } from '../../../../../shared/render/render-article';
import { storySlug } from '../../../../../shared/text/slug';

/** A photo as the site's media library holds it. */
export interface UploadedPhoto {
  id: number;
  url: string;
}

/** The fields of a WordPress post Newsdesk writes (wp/v2/posts). */
export interface PostFields {
  title: string;
  content: string;
  excerpt: string;
  slug: string;
  status: 'publish';
  categories: number[];
  tags: number[];
  /** 0 removes a featured image an earlier version had. */
  featured_media: number;
  /** The first publication time, which corrections keep. */
  date_gmt: string;
}

/**
 * Every post Newsdesk writes carries its story's id in a class on the content's wrapper. After a
 * crash between WordPress creating the post and the outbox saving its id, the retry finds the post
 * by this marker (a search over drafts too) and updates it instead of creating a second one. A
 * class, unlike a comment or a data attribute, survives WordPress's HTML filter for every role,
 * and unlike the slug it never changes when the story is renamed or the slug is taken.
 */
export const articleMarker = (articleId: string): string => `newsdesk-story-${articleId}`;

/** The caption a photo's media item carries: the figure's caption with its credit, as printed. */
export const captionWithCredit = (caption: string, credit: string): string =>
  [caption.trim(), credit.trim() ? `Ảnh: ${credit.trim()}` : ''].filter(Boolean).join(' ');

/** Each photo's media item is named after the media id, so an update reuses it instead of uploading again. */
export const mediaSlugOf = (mediaId: string): string => `newsdesk-${mediaId.toLowerCase()}`;

/**
 * The post's content: the shared renderer's article content (correction notice, sapo, body with
 * figures, byline) with each image pointing at its media item and classed `wp-image-<id>` (how
 * WordPress links an image to its attachment), wrapped in the story's marker.
 */
export function postContent(payload: PublicationPayload, photos: ReadonlyMap<string, UploadedPhoto>): string {
  let html = renderArticleContent(payload.article, {
    photoSource: (mediaId) => photos.get(mediaId)?.url ?? null,
    correctionNotice: payload.correctionNotice,
  });
  for (const photo of photos.values()) {
    const source = `<img src="${escapeHtml(photo.url)}"`;
    html = html.replaceAll(source, `<img class="wp-image-${photo.id}" src="${escapeHtml(photo.url)}"`);
  }
  return `<div class="newsdesk-story ${articleMarker(payload.article.id)}">${html}</div>`;
}

/**
 * The post's date: the first publication time, but never later than the site's own clock. WordPress
 * schedules a "publish" post dated in its future instead of publishing it, so a laptop whose clock
 * runs ahead of the server's would otherwise leave the story unpublished for a while.
 */
export function postDate(publishedAt: string, serverTime: Date | null): string {
  if (!serverTime || Date.parse(publishedAt) <= serverTime.getTime()) return publishedAt;
  return serverTime.toISOString();
}

export function postFields(
  payload: PublicationPayload,
  site: { photos: ReadonlyMap<string, UploadedPhoto>; categoryIds: number[]; tagIds: number[]; serverTime?: Date | null },
): PostFields {
  const { article } = payload;
  const [firstPhoto] = photosInBody(article.body);
  return {
    title: article.headline,
    content: postContent(payload, site.photos),
    excerpt: article.sapo,
    slug: storySlug(article),
    status: 'publish',
    categories: site.categoryIds,
    tags: site.tagIds,
    featured_media: (firstPhoto && site.photos.get(firstPhoto.mediaId)?.id) ?? 0,
    date_gmt: postDate(payload.publishedAt, site.serverTime ?? null),
  };
}
