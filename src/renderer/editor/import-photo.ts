import type { LibraryPhoto } from '../../shared/domain/photo';
import { importPhotoFile } from '../photos/import-photo-file';
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

/** Imports a chosen or dropped file (as Kho ảnh does) and returns the new photo node's fields. */
export async function photoFieldsFromFile(file: File): Promise<PhotoFields> {
  return photoFieldsFrom((await importPhotoFile(file)).photo);
}
