import type { PublishedPhotoCredits } from './photo-metadata';

// PLACEHOLDER on the photo branches only: the photo-metadata branch replaces this file with the
// real writer (XMP in UTF-8 + IPTC-IIM APP13). Never merged to main as is.
export async function embedPhotoMetadata(jpeg: Buffer, _credits: PublishedPhotoCredits): Promise<Buffer> {
  return jpeg;
}
