import type { LibraryPhoto } from '../../shared/contract/photo-contract';
import { newsdesk, unwrap } from '../api/newsdesk';
import type { PhotoFields } from './nodes/PhotoNode';

/**
 * A library photo as a new photo in the body: its own caption, credit and alt text are the
 * defaults, which the story may then change for this use without touching the library.
 */
export const photoFieldsFrom = (photo: LibraryPhoto): PhotoFields => ({
  mediaId: photo.id,
  width: photo.width,
  height: photo.height,
  caption: photo.caption,
  credit: photo.credit,
  altText: photo.altText,
});

/** Sends a photo file to the core (which decodes, stores and files it in the library) and returns the new node's fields. */
export async function importPhotoFile(file: File): Promise<PhotoFields> {
  const { photo } = await unwrap(
    newsdesk().media.importPhoto({ fileName: file.name || 'photo', data: new Uint8Array(await file.arrayBuffer()) }),
  );
  return photoFieldsFrom(photo);
}
