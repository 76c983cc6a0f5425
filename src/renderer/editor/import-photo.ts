import { newsdesk, unwrap } from '../api/newsdesk';
import type { PhotoFields } from './nodes/PhotoNode';

/** Sends a photo file to the core (which decodes and stores it) and returns the new node's fields. */
export async function importPhotoFile(file: File): Promise<PhotoFields> {
  const stored = await unwrap(
    newsdesk().media.importPhoto({ fileName: file.name || 'photo', data: new Uint8Array(await file.arrayBuffer()) }),
  );
  return { mediaId: stored.id, width: stored.width, height: stored.height, caption: '', credit: '', altText: '' };
}
