import { webcrypto } from 'node:crypto';
import type { PhotoImportResult } from '../../../shared/domain/photo';
import { photoRefusedError } from '../../../shared/errors';
import { FILE_NAME_MESSAGES, fileNameProblem } from '../../../shared/text/file-name';
import type { ImportGate } from './import-gate';
import { importedText } from './imported-text';
import { inspectPhoto, checkPhotoSize } from './inspect-photo';
import { makeRenditions } from './make-renditions';
import { originalPath, removeFiles, renditionPath, writeFileAtomically, type MediaFolders } from './media-files';
import { metadataFromBlocks } from './metadata/read-photo-metadata';
import type { PhotoLibrary } from './photo-library';

export interface PhotoImporterDeps {
  folders: MediaFolders;
  library: PhotoLibrary;
  gate: ImportGate;
}

/**
 * sha256 on libuv's thread pool (WebCrypto's digest is an async job in Node), so hashing a 25 MB
 * photo does not hold up the main process's event loop the way `createHash().update()` would.
 */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/**
 * Import, step by step: size checks; then, holding one of the gate's slots, the hash (an existing
 * photo is a duplicate: nothing decoded, nothing stored), the header check (foreign files, formats,
 * the pixel limit: nothing decoded yet), the file's own metadata, one decode for both renditions,
 * the three files written atomically, and last the database row. A failure at any step removes the
 * files this import added, so nothing half-written stays behind.
 */
export function createPhotoImporter({ folders, library, gate }: PhotoImporterDeps) {
  async function importAdmitted(bytes: Buffer, fileName: string, userId: string | null): Promise<PhotoImportResult> {
    const id = await sha256Hex(bytes);
    const existing = library.find(id);
    if (existing) return { photo: existing, duplicate: true };

    const inspected = await inspectPhoto(bytes);
    const text = importedText(metadataFromBlocks(inspected.blocks));
    const renditions = await makeRenditions(bytes);

    const added: string[] = [];
    const write = async (path: string, content: Uint8Array) => {
      if (await writeFileAtomically(path, content)) added.push(path);
    };
    try {
      await write(originalPath(folders, id, inspected.extension), bytes);
      await write(renditionPath(folders, id, 'web'), renditions.web);
      await write(renditionPath(folders, id, 'thumbnail'), renditions.thumbnail);
      const inserted = library.insert({
        id,
        mimeType: inspected.mimeType,
        width: inspected.width,
        height: inspected.height,
        byteSize: bytes.byteLength,
        fileName,
        ...text,
        importedBy: userId,
      });
      // Another call imported the same bytes meanwhile: its row owns the (identical) files.
      return { photo: library.get(id), duplicate: !inserted };
    } catch (error) {
      if (!library.find(id)) await removeFiles(added);
      throw error;
    }
  }

  return {
    async importPhoto(bytes: Buffer, fileName: string, userId: string | null): Promise<PhotoImportResult> {
      const nameProblem = fileNameProblem(fileName);
      if (nameProblem) throw photoRefusedError('bad_file_name', FILE_NAME_MESSAGES[nameProblem]);
      checkPhotoSize(bytes.byteLength);
      return gate.run(() => importAdmitted(bytes, fileName, userId));
    },
  };
}
