import type { SerializedPhotoNode } from '../../../shared/editor/serialized-nodes';
import type { MediaStore } from './media-store';
import { embedPhotoMetadata } from './metadata/embed-photo-metadata';

/** A photo as a story publishes it: JPEG bytes, or null when the photo is not on this computer. */
export type PublishedRendition = (photo: SerializedPhotoNode) => Promise<Buffer | null>;

/**
 * The web rendition as it leaves the newsroom, for every destination that sends files (the
 * website folder, WordPress): it carries this story's caption and credit, and the library's
 * creator and copyright, in XMP and IPTC, so the credit travels with the file wherever it is copied.
 */
export function publishedRendition(media: MediaStore): PublishedRendition {
  return async (photo) => {
    const stored = media.find(photo.mediaId);
    if (!stored) return null;
    const { bytes } = await media.rendition(photo.mediaId, 'web');
    return embedPhotoMetadata(bytes, {
      caption: photo.caption,
      credit: photo.credit,
      creator: stored.creator,
      copyright: stored.copyright,
    });
  };
}
