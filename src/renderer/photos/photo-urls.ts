import { newsdesk, unwrap } from '../api/newsdesk';

export type RenditionSize = 'web' | 'thumbnail';

/**
 * Blob URLs of photo renditions, fetched once per photo and size through the contract. The CSP
 * allows images from 'self', data: and blob: only, so the bytes come over IPC and are shown as blobs.
 * Renditions never change (a photo's id is the hash of its original), so the cache never goes stale;
 * it lives as long as the window, bounded by the photos the user has looked at.
 */
const urls = new Map<string, Promise<string>>();

export function photoUrl(mediaId: string, size: RenditionSize = 'web'): Promise<string> {
  const key = `${size}:${mediaId}`;
  let url = urls.get(key);
  if (!url) {
    url = unwrap(newsdesk().media.rendition({ id: mediaId, size })).then(({ mimeType, data }) =>
      URL.createObjectURL(new Blob([new Uint8Array(data)], { type: mimeType })),
    );
    // A failed fetch is forgotten, so the next render can try again.
    url.catch(() => urls.delete(key));
    urls.set(key, url);
  }
  return url;
}
