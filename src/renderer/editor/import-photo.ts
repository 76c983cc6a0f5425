import { newsdesk, unwrap } from '../api/newsdesk';
import type { PhotoFields } from './nodes/PhotoNode';
import { fileToBase64 } from './photo-urls';

/** Sends a photo file to the core (which decodes and stores it) and returns the new node's fields. */
export async function importPhotoFile(file: File): Promise<PhotoFields> {
  const stored = await unwrap(
    newsdesk().media.importPhoto({ fileName: file.name || 'photo', dataBase64: await fileToBase64(file) }),
  );
  return { mediaId: stored.id, width: stored.width, height: stored.height, caption: '', credit: '', altText: '' };
}
