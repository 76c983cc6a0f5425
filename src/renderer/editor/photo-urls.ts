import { newsdesk, unwrap } from '../api/newsdesk';

/**
 * Blob URLs of photo renditions, fetched once per photo through the contract. The CSP allows
 * images from 'self', data: and blob: only, so the bytes come over IPC and are shown as blobs.
 */
const urls = new Map<string, Promise<string>>();

function decodeBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function photoUrl(mediaId: string): Promise<string> {
  let url = urls.get(mediaId);
  if (!url) {
    url = unwrap(newsdesk().media.rendition({ id: mediaId })).then(({ mimeType, dataBase64 }) =>
      URL.createObjectURL(new Blob([decodeBase64(dataBase64)], { type: mimeType })),
    );
    // A failed fetch is forgotten, so the next render can try again.
    url.catch(() => urls.delete(mediaId));
    urls.set(mediaId, url);
  }
  return url;
}

/** base64 of a file's bytes, in chunks so a large photo does not overflow the argument stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}
