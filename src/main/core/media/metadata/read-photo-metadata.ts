import type { PhotoMetadata } from './photo-metadata';

// PLACEHOLDER on the photo branches only: the photo-metadata branch replaces this file with the
// real reader (EXIF + IPTC + XMP, MWG reconciliation). Never merged to main as is.
export async function readPhotoMetadata(_bytes: Buffer): Promise<PhotoMetadata> {
  return { caption: '', headline: '', creator: '', credit: '', copyright: '', keywords: [], takenAt: null, city: '', gps: null };
}
