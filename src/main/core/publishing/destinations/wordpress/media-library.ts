import type { SerializedPhotoNode } from '../../../../../shared/editor/serialized-nodes';
import { DeliveryError, type PhotoBytes } from '../destination';
import { captionWithCredit, mediaSlugOf, type UploadedPhoto } from './post-fields';
import type { WordPressClient } from './wordpress-client';

interface MediaItem {
  id: number;
  source_url: string;
  alt_text: string;
  caption: { raw?: string };
}


/**
 * Puts one photo in the site's media library, or finds it there from an earlier version (by the
 * slug named after its media id), and keeps its caption (with the credit) and alt text current.
 */
async function ensurePhoto(client: WordPressClient, photo: SerializedPhotoNode, bytesOf: PhotoBytes): Promise<UploadedPhoto> {
  const slug = mediaSlugOf(photo.mediaId);
  const caption = captionWithCredit(photo.caption, photo.credit);
  const { body: found } = await client.request<MediaItem[]>('/wp/v2/media', { query: { slug, context: 'edit' } });
  const existing = found[0];
  if (existing) {
    if (existing.caption.raw !== caption || existing.alt_text !== photo.altText) {
      await client.request('/wp/v2/media/' + existing.id, { json: { caption, alt_text: photo.altText } });
    }
    return { id: existing.id, url: existing.source_url };
  }
  const bytes = await bytesOf(photo);
  if (!bytes) throw new DeliveryError(`A photo of the story (${photo.mediaId.slice(0, 12)}…) is missing from this computer`, false);
  // Title and slug are given: WordPress would otherwise take them from the photo's IPTC headline.
  const { body: uploaded } = await client.request<MediaItem>('/wp/v2/media', {
    method: 'POST',
    query: { slug, title: caption || slug, caption, alt_text: photo.altText },
    file: { bytes, fileName: `${slug}.jpg`, mimeType: 'image/jpeg' },
  });
  return { id: uploaded.id, url: uploaded.source_url };
}

/** Every photo of the body in the media library, by media id (a photo used twice is sent once). */
export async function ensurePhotos(client: WordPressClient, photos: SerializedPhotoNode[], bytesOf: PhotoBytes): Promise<Map<string, UploadedPhoto>> {
  const uploaded = new Map<string, UploadedPhoto>();
  for (const photo of photos) {
    if (!uploaded.has(photo.mediaId)) uploaded.set(photo.mediaId, await ensurePhoto(client, photo, bytesOf));
  }
  return uploaded;
}
