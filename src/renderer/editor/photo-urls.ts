import { newsdesk, unwrap } from '../api/newsdesk';

/**
 * Blob URLs of photo renditions, fetched once per photo through the contract. The CSP allows
 * images from 'self', data: and blob: only, so the bytes come over IPC and are shown as blobs.
 */
const urls = new Map<string, Promise<string>>();

export function photoUrl(mediaId: string): Promise<string> {
  let url = urls.get(mediaId);
  if (!url) {
    url = unwrap(newsdesk().media.rendition({ id: mediaId })).then(({ mimeType, data }) =>
      URL.createObjectURL(new Blob([new Uint8Array(data)], { type: mimeType })),
    );
    // A failed fetch is forgotten, so the next render can try again.
    url.catch(() => urls.delete(mediaId));
    urls.set(mediaId, url);
  }
  return url;
}
