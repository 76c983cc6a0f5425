/** What of a photo in a story decides its published file: the image and the text embedded in it. */
export interface PublishedPhotoUse {
  mediaId: string;
  caption: string;
  credit: string;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits, over UTF-8: a short stable name for a piece of text (not a security hash). */
function textKey(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, '0');
}

/**
 * A published photo's file name in the site's `media/` folder: the photo's id plus a key of the
 * caption and credit written into it. The published JPEG carries the story's caption in its
 * metadata, so two stories that caption one photo differently need two files; two that caption
 * it alike share one. Null for an id that is not a sha256 (never a path out of `media/`).
 */
export function publishedPhotoFile(photo: PublishedPhotoUse): string | null {
  if (!/^[0-9a-f]{64}$/.test(photo.mediaId)) return null;
  return `${photo.mediaId}-${textKey(`${photo.caption}\u0000${photo.credit}`)}.jpg`;
}

/** Where published pages find a photo, relative to the page's (category) folder. */
export function publishedPhotoPath(mediaId: string, photo: { caption: string; credit: string }): string | null {
  const file = publishedPhotoFile({ mediaId, caption: photo.caption, credit: photo.credit });
  return file ? `../media/${file}` : null;
}
