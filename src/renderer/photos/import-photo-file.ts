import { MAX_PHOTO_BYTES, type PhotoImportResult } from '../../shared/domain/photo';
import { photoRefusedError } from '../../shared/errors';
import { newsdesk, unwrap } from '../api/newsdesk';

/**
 * Reads one chosen or dropped file and sends it to main, for Kho ảnh and the editor alike. A file
 * too large is refused here, before a byte is read; a file that can no longer be read (moved or
 * deleted after it was chosen) is refused as unreadable. Both refusals are the core's own kind, so
 * every screen shows them as it shows the core's.
 */
export async function importPhotoFile(file: File): Promise<PhotoImportResult> {
  if (file.size > MAX_PHOTO_BYTES) throw photoRefusedError('too_large', `${file.name} is over ${MAX_PHOTO_BYTES} bytes`);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    throw photoRefusedError('unreadable', `${file.name} could not be read`);
  }
  return unwrap(newsdesk().media.importPhoto({ fileName: file.name || 'photo', data: new Uint8Array(bytes) }));
}
