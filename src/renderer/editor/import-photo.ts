import { newsdesk, unwrap } from '../api/newsdesk';
import type { PhotoFields } from './nodes/PhotoNode';

/** Sends a photo file to the core (which decodes and stores it) and returns the new node's fields. */
export async function importPhotoFile(file: File): Promise<PhotoFields> {
  const { photo } = await unwrap(
    newsdesk().media.importPhoto({ fileName: file.name || 'photo', data: new Uint8Array(await file.arrayBuffer()) }),
  );
  // The library's own text (from the file, or typed in Kho ảnh earlier) is the new figure's default.
  return { mediaId: photo.id, width: photo.width, height: photo.height, caption: photo.caption, credit: photo.credit, altText: photo.altText };
}
